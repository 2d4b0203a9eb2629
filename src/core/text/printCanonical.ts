import { ExpectDeterministicError } from '../../errors'
import { canonicalKeys } from '../kinds/canonicalKeys'
import { elementsOf, entriesOf, membersOf, typedArrayName } from '../kinds/intrinsics'
import { className, Kind, kindOf, platformTypeOf } from '../kinds/kindOf'
import { formatPath } from '../paths/formatPath'
import { MEMBER, type PathStep } from '../paths/pathStep'
import { MAX_TEXT_LENGTH, tooLongError, traversalError } from '../traversal/traversalError'
import { leafText } from './leafText'
import { printableName } from './printableName'

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
    return printer.text
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
  /** The text so far: the engine joins appended strings lazily, which beats an array and a join. */
  text = ''
  readonly steps: PathStep[] = []
  private readonly stack: Frame[] = []
  /** Per level: what starts the first line of a child, and what starts every later one. */
  private readonly first: string[] = []
  private readonly later: string[] = []

  constructor(private readonly unit: string) {}

  run(root: unknown): void {
    this.value(root, 0, '')
    const { stack } = this
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      if (frame.index >= frame.count) {
        stack.pop()
        const empty = frame.count === 0 || frame.kind === Kind.Platform
        this.emit(empty ? frame.close : this.lineStart(frame.level, true) + frame.close)
        if (stack.length > 0) this.steps.pop()
        continue
      }
      this.child(frame)
    }
  }

  /** Prints the next child of `frame`, with its separator and label in front. */
  private child(frame: Frame): void {
    const index = frame.index++
    const inner = frame.level + 1
    switch (frame.kind) {
      case Kind.Platform:
        return this.enter(frame.items?.[0], frame.level, MEMBER, '')
      case Kind.Array:
        return this.enter(
          (frame.value as unknown[])[index],
          inner,
          index,
          this.lineStart(inner, index === 0),
        )
      case Kind.Binary:
        return this.enter(
          (frame.items as unknown[])[index],
          inner,
          index,
          this.lineStart(inner, index === 0),
        )
      case Kind.Set:
        return this.enter(
          (frame.items as unknown[])[index],
          inner,
          MEMBER,
          this.lineStart(inner, index === 0),
        )
      case Kind.Map: {
        const entry = (frame.items as [unknown, unknown][])[index >> 1] as [unknown, unknown]
        if ((index & 1) === 1)
          return this.enter(entry[1], inner, MEMBER, this.unit === '' ? '=>' : ' => ')
        return this.enter(entry[0], inner, MEMBER, this.lineStart(inner, index === 0))
      }
      default: {
        const [key, field] = (frame.items as [string | symbol, unknown][])[index] as [
          string | symbol,
          unknown,
        ]
        const label = typeof key === 'symbol' ? `[${leafText(key)}]` : JSON.stringify(key)
        const colon = this.unit === '' ? ':' : ': '
        return this.enter(field, inner, key, this.lineStart(inner, index === 0) + label + colon)
      }
    }
  }

  /** What starts a child's line at `level`: a comma unless it is the first, then the indent. */
  private lineStart(level: number, first: boolean): string {
    const cache = first ? this.first : this.later
    let start = cache[level]
    if (start === undefined) {
      start = (first ? '' : ',') + (this.unit === '' ? '' : `\n${this.unit.repeat(level)}`)
      cache[level] = start
    }
    return start
  }

  private enter(item: unknown, level: number, step: PathStep, prefix: string): void {
    this.steps.push(step)
    if (!this.value(item, level, prefix)) this.steps.pop()
  }

  /** Prints a leaf, or opens a container; returns whether a frame was pushed. */
  private value(value: unknown, level: number, prefix: string): boolean {
    if (typeof value !== 'object' || value === null) {
      this.emit(prefix + leafText(value))
      return false
    }
    const kind = kindOf(value)
    const name = kind === Kind.Object ? 'Object' : printableName(className(value), '<anonymous>')
    let items: readonly unknown[] | undefined
    let count: number
    let open: string
    let close: string
    switch (kind) {
      case Kind.Array: {
        count = (value as unknown[]).length
        // Every element prints (a hole as `undefined`): refuse before iterating a billion holes.
        if (count * (this.unit === '' ? 2 : 3) > MAX_TEXT_LENGTH - this.text.length)
          throw tooLongError(this.steps, this.text.length + count * 2)
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
        if (elements === undefined) return this.leaf(value, kind, name, prefix)
        items = Array.from(elements)
        count = items.length
        open = `${name} [`
        close = ']'
        break
      }
      case Kind.Platform: {
        const read = platformTypeOf(value).value?.(value)
        if (read === undefined) return this.leaf(value, kind, name, prefix)
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
        return this.leaf(value, kind, name, prefix)
    }
    this.emit(prefix + open)
    this.stack.push({ kind, value, items, count, level, close, index: 0 })
    return true
  }

  private leaf(value: object, kind: number, name: string, prefix: string): false {
    if (kind === Kind.Identity && platformTypeOf(value).opaque === true)
      throw opaqueError(name, this.steps)
    this.emit(prefix + leafText(value, kind, name))
    return false
  }

  private emit(text: string): void {
    if (this.text.length + text.length > MAX_TEXT_LENGTH)
      throw tooLongError(this.steps, this.text.length + text.length)
    this.text += text
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
