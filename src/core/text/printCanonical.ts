import { ExpectDeterministicError } from '../../errors'
import { canonicalKeys } from '../kinds/canonicalKeys'
import { elementsOf, entriesOf, membersOf, typedArrayName } from '../kinds/intrinsics'
import { className, Kind, kindOf, platformTypeOf } from '../kinds/kindOf'
import { formatPath } from '../paths/formatPath'
import { MEMBER, type PathStep } from '../paths/pathStep'
import { MAX_TEXT_LENGTH, tooLongError, traversalError } from '../traversal/traversalError'
import { leafText } from './leafText'

/**
 * Prints a canonical form (the output of `normalize`) in the golden-file notation. JSON data comes
 * out exactly as `JSON.stringify(value, sortedKeys, indent)` would write it; everything else gets a
 * readable notation that never collides with JSON:
 *
 * | value                 | printed as                                   |
 * | --------------------- | -------------------------------------------- |
 * | undefined, NaN, ±Infinity, -0 | `undefined`, `NaN`, `Infinity`, `-Infinity`, `-0` |
 * | bigint                | `12n`                                        |
 * | symbol                | `Symbol("description")`                      |
 * | Date                  | `Date("2024-01-01T00:00:00.000Z")`, `Date(NaN)` |
 * | RegExp                | `/source/flags`                              |
 * | typed array           | `Uint8Array [ elements ]`                    |
 * | ArrayBuffer, DataView | `ArrayBuffer "hex bytes"`                    |
 * | Error                 | `TypeError { "message": …, "name": … }`      |
 * | boxed primitive       | `Number(1)`, `String("a")`, `BigInt(1n)`     |
 * | platform value        | `URL("https://a.test/")`, `Headers([…])`     |
 * | compared by identity  | `[ReadableStream by identity]`, `[Blob by identity {"size":3,"type":""}]` |
 * | Set                   | `Set [ members ]`                            |
 * | Map                   | `Map { key => value }`                       |
 * | class instance        | `ClassName { properties }`                   |
 * | null-prototype object | `[Object: null prototype] { properties }`    |
 * | symbol key            | `[Symbol("description")]: value`             |
 * | function              | `[Function name]`                            |
 * | cycle                 | `[Circular $.path.to.ancestor]`              |
 *
 * A subclass of Array, Set, Map or Date is prefixed with its class name. With an indent, every
 * element, entry and property stands on its own line.
 *
 * The printer keeps its own stack, so any depth prints; text longer than the engine's string
 * limit is refused with `TOO_LONG` as soon as it would pass the limit.
 * @internal
 */
export function printCanonical(value: unknown, indent: number): string {
  const printer = new Printer(indent === 0 ? '' : ' '.repeat(indent))
  try {
    printer.run(value)
    return printer.parts.join('')
  } catch (error) {
    throw traversalError(error, printer.steps)
  }
}

/** One container being printed: its children, and how far printing has got. */
interface Frame {
  readonly kind: number
  readonly value: object
  /** Object fields, Set members or Map entries; `undefined` for arrays (read by index). */
  readonly items: readonly unknown[] | undefined
  /** Children to print: for Maps, two per entry (key, then value). */
  readonly count: number
  readonly level: number
  readonly close: string
  index: number
}

class Printer {
  readonly parts: string[] = []
  readonly steps: PathStep[] = []
  private readonly stack: Frame[] = []
  private readonly indents: string[] = ['']
  private length = 0

  constructor(private readonly unit: string) {}

  run(root: unknown): void {
    this.value(root, 0)
    const { stack } = this
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      if (frame.index >= frame.count) {
        stack.pop()
        if (frame.count > 0 && frame.kind !== Kind.Platform) this.newline(frame.level)
        this.emit(frame.close)
        if (stack.length > 0) this.steps.pop()
        continue
      }
      this.child(frame)
    }
  }

  /** Emits the separator, label and text (or opening) of the next child of `frame`. */
  private child(frame: Frame): void {
    const index = frame.index++
    const inner = frame.level + 1
    let item: unknown
    let step: PathStep
    switch (frame.kind) {
      case Kind.Platform:
        item = frame.items?.[0]
        step = MEMBER
        return this.enter(item, frame.level, step)
      case Kind.Array:
        item = (frame.value as unknown[])[index]
        step = index
        break
      case Kind.Set:
        item = (frame.items as unknown[])[index]
        step = MEMBER
        break
      case Kind.Binary:
        item = (frame.items as unknown[])[index]
        step = index
        break
      case Kind.Map: {
        const entry = (frame.items as [unknown, unknown][])[index >> 1] as [unknown, unknown]
        if ((index & 1) === 1) {
          this.emit(this.unit === '' ? '=>' : ' => ')
          return this.enter(entry[1], inner, MEMBER)
        }
        item = entry[0]
        step = MEMBER
        break
      }
      default: {
        const [key, field] = (frame.items as [string | symbol, unknown][])[index] as [
          string | symbol,
          unknown,
        ]
        this.separator(index, inner)
        this.emit(typeof key === 'symbol' ? `[${leafText(key)}]` : JSON.stringify(key))
        this.emit(this.unit === '' ? ':' : ': ')
        return this.enter(field, inner, key)
      }
    }
    this.separator(frame.kind === Kind.Map ? index >> 1 : index, inner)
    this.enter(item, inner, step)
  }

  private separator(index: number, level: number): void {
    if (index > 0) this.emit(',')
    this.newline(level)
  }

  private newline(level: number): void {
    if (this.unit === '') return
    this.emit('\n')
    this.emit(this.indentOf(level))
  }

  private indentOf(level: number): string {
    const { indents } = this
    while (indents.length <= level)
      indents.push((indents[indents.length - 1] as string) + this.unit)
    return indents[level] as string
  }

  private enter(item: unknown, level: number, step: PathStep): void {
    this.steps.push(step)
    if (!this.value(item, level)) this.steps.pop()
  }

  /** Prints a leaf, or opens a container; returns whether a frame was pushed. */
  private value(value: unknown, level: number): boolean {
    if (typeof value !== 'object' || value === null) {
      this.emit(leafText(value))
      return false
    }
    const kind = kindOf(value)
    const name = className(value)
    let items: readonly unknown[] | undefined
    let count: number
    let open: string
    let close: string
    switch (kind) {
      case Kind.Array: {
        count = (value as unknown[]).length
        // Every element prints (a hole as `undefined`): refuse before iterating a billion holes.
        if (count * (this.unit === '' ? 2 : 3) > MAX_TEXT_LENGTH - this.length)
          throw tooLongError(this.steps, this.length + count * 2)
        open = prefixed(name, 'Array', '[')
        close = ']'
        break
      }
      case Kind.Set:
        items = membersOf(value)
        count = items.length
        open = `${name} [`
        close = ']'
        break
      case Kind.Map:
        items = entriesOf(value)
        count = items.length * 2
        open = `${name} {`
        close = '}'
        break
      case Kind.Binary: {
        const elements = typedArrayName(value) === undefined ? undefined : elementsOf(value)
        if (elements === undefined) return this.leaf(value, kind, name)
        items = Array.from(elements)
        count = items.length
        open = `${name} [`
        close = ']'
        break
      }
      case Kind.Platform: {
        const read = platformTypeOf(value).value?.(value)
        if (read === undefined) return this.leaf(value, kind, name)
        items = [read]
        count = 1
        open = `${name}(`
        close = ')'
        break
      }
      case Kind.Object:
      case Kind.Instance:
      case Kind.Error:
        items = fieldsOf(value, kind)
        count = items.length
        open = kind === Kind.Object ? '{' : `${name} {`
        close = '}'
        break
      default:
        return this.leaf(value, kind, name)
    }
    this.emit(open)
    this.stack.push({ kind, value, items, count, level, close, index: 0 })
    return true
  }

  private leaf(value: object, kind: number, name: string): false {
    if (kind === Kind.Identity && platformTypeOf(value).opaque === true)
      throw opaqueError(name, this.steps)
    this.emit(leafText(value, kind, name))
    return false
  }

  private emit(text: string): void {
    this.length += text.length
    if (this.length > MAX_TEXT_LENGTH) throw tooLongError(this.steps, this.length)
    this.parts.push(text)
  }
}

/**
 * The error for a value whose contents no one can see: printing `Promise {}` would hide a
 * difference.
 */
function opaqueError(name: string, steps: readonly PathStep[]): ExpectDeterministicError {
  const path = formatPath(steps)
  return new ExpectDeterministicError(
    'UNCOMPARABLE',
    `A ${name} at ${path} has no contents that can be written as text. Await it, spread it into ` +
      `an array or unwrap it before the assertion, or redact it with \`ignore: [${JSON.stringify(path)}]\`.`,
    { path },
  )
}

/** The class name before a built-in's notation, only when it is a subclass. */
function prefixed(name: string, base: string, text: string): string {
  return name === base ? text : `${name} ${text}`
}

/**
 * Own enumerable properties in canonical key order; for Errors also `message`, `name` and `cause`,
 * which are not enumerable on real errors but are what tells them apart.
 */
function fieldsOf(value: object, kind: number): [string | symbol, unknown][] {
  const record = value as Record<string | symbol, unknown>
  const fields: [string | symbol, unknown][] = canonicalKeys(value).map((key) => [key, record[key]])
  if (kind !== Kind.Error) return fields
  const error = value as Error
  const extra: [string, unknown][] = [
    ['message', error.message],
    ['name', error.name],
  ]
  if (Object.prototype.hasOwnProperty.call(error, 'cause'))
    extra.push(['cause', (error as { cause?: unknown }).cause])
  for (const field of extra) if (!fields.some(([key]) => key === field[0])) fields.push(field)
  // Stable: symbol keys that share a description keep the order `normalize` gave them.
  return fields.sort((a, b) => compareKeys(a[0], b[0]))
}

function compareKeys(a: string | symbol, b: string | symbol): number {
  if (typeof a !== typeof b) return typeof a === 'string' ? -1 : 1
  const x = typeof a === 'symbol' ? (a.description ?? '') : a
  const y = typeof b === 'symbol' ? (b.description ?? '') : (b as string)
  return x < y ? -1 : x > y ? 1 : 0
}
