import { ExpectDeterministicError } from '../../errors'
import { bytesOf, isTypedArray } from '../kinds/bytesOf'
import { canonicalKeys } from '../kinds/canonicalKeys'
import { className, isOpaque, Kind, kindOf } from '../kinds/kindOf'
import { formatPath } from '../paths/formatPath'
import { MEMBER, type PathStep } from '../paths/pathStep'
import { DEFAULT_MAX_DEPTH, traversalError } from '../traversal/traversalError'
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
 * | boxed primitive       | `Number(1)`, `String("a")`, `Boolean(true)`  |
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
 * The recursion takes three small stack frames per level, so anything `normalize` accepts prints; a stack
 * overflow still becomes a `TOO_DEEP` error naming the path, never a raw `RangeError`.
 * @internal
 */
export function printCanonical(value: unknown, indent: number): string {
  const printer: Printer = { unit: indent === 0 ? '' : ' '.repeat(indent), steps: [] }
  try {
    return print(value, printer, '')
  } catch (error) {
    throw traversalError(error, printer.steps, DEFAULT_MAX_DEPTH)
  }
}

interface Printer {
  /** One level of indentation; empty for compact output. */
  readonly unit: string
  /** Where printing stands, for the error path if the stack runs out. */
  readonly steps: PathStep[]
}

function print(value: unknown, printer: Printer, outer: string): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      // String() matches JSON for finite numbers; only -0 needs its own spelling.
      return value === 0 && 1 / value < 0 ? '-0' : String(value)
    case 'bigint':
      return `${value}n`
    case 'string':
      return JSON.stringify(value)
    case 'symbol':
      return `Symbol(${JSON.stringify(value.description ?? '')})`
    case 'function':
      return `[Function ${printableName(value.name, '(anonymous)')}]`
    default:
      return value === null ? 'null' : printObject(value as object, printer, outer)
  }
}

function printObject(value: object, printer: Printer, outer: string): string {
  const kind = kindOf(value)
  const name = printableName(className(value), '<anonymous>')
  const inner = outer + printer.unit
  const items: string[] = []
  // Children are printed from here, so a level costs this frame, `child` and `print`, no more.
  const child = (item: unknown, step: PathStep): string => {
    printer.steps.push(step)
    const text = print(item, printer, inner)
    printer.steps.pop()
    return text
  }
  switch (kind) {
    case Kind.Array: {
      const array = value as unknown[]
      for (let i = 0; i < array.length; i++) items.push(child(array[i], i))
      return prefixed(name, 'Array', layout('[', ']', items, printer, outer))
    }
    case Kind.Set:
      for (const member of value as Set<unknown>) items.push(child(member, MEMBER))
      return `${name} ${layout('[', ']', items, printer, outer)}`
    case Kind.Map: {
      const arrow = printer.unit === '' ? '=>' : ' => '
      for (const [key, entry] of value as Map<unknown, unknown>) {
        items.push(`${child(key, MEMBER)}${arrow}${child(entry, MEMBER)}`)
      }
      return `${name} ${layout('{', '}', items, printer, outer)}`
    }
    case Kind.Date: {
      const time = (value as Date).getTime()
      return prefixed(
        name,
        'Date',
        `Date(${Number.isNaN(time) ? 'NaN' : JSON.stringify((value as Date).toISOString())})`,
      )
    }
    case Kind.RegExp:
      return prefixed(name, 'RegExp', String(value))
    case Kind.Binary:
      if (!isTypedArray(value)) return `${name} "${hexOf(value)}"`
      for (const element of Array.from(value as ArrayLike<number | bigint>))
        items.push(print(element, printer, inner))
      return `${name} ${layout('[', ']', items, printer, outer)}`
    case Kind.Boxed:
      return `${name}(${print((value as { valueOf(): unknown }).valueOf(), printer, outer)})`
    case Kind.Circular:
      return `[Circular ${(value as { path: string }).path}]`
    default: {
      if (isOpaque(value)) throw opaqueError(name, printer.steps)
      const colon = printer.unit === '' ? ':' : ': '
      for (const [key, field] of fieldsOf(value, kind)) {
        const label =
          typeof key === 'symbol'
            ? `[Symbol(${JSON.stringify(key.description ?? '')})]`
            : JSON.stringify(key)
        items.push(`${label}${colon}${child(field, key)}`)
      }
      const body = layout('{', '}', items, printer, outer)
      return kind === Kind.Object ? body : `${name} ${body}`
    }
  }
}

/** The error for a value whose contents no one can see: printing `Promise {}` would hide a difference. */
function opaqueError(name: string, steps: readonly PathStep[]): ExpectDeterministicError {
  const path = formatPath(steps)
  return new ExpectDeterministicError(
    'UNCOMPARABLE',
    `A ${name} at ${path} has no contents that can be written as text. Await it (or unwrap it) ` +
      `before the assertion, or redact it with \`ignore: [${JSON.stringify(path)}]\`.`,
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
  return fields.sort((a, b) => compareKeys(a[0], b[0]))
}

function compareKeys(a: string | symbol, b: string | symbol): number {
  if (typeof a !== typeof b) return typeof a === 'string' ? -1 : 1
  const x = typeof a === 'symbol' ? (a.description ?? '') : a
  const y = typeof b === 'symbol' ? (b.description ?? '') : (b as string)
  return x < y ? -1 : x > y ? 1 : 0
}

function hexOf(value: object): string {
  let hex = ''
  for (const byte of bytesOf(value as ArrayBuffer)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** Lays out printed items: one per line with an indent, or on one line without. */
function layout(
  open: string,
  close: string,
  items: readonly string[],
  printer: Printer,
  outer: string,
): string {
  if (items.length === 0) return open + close
  if (printer.unit === '') return `${open}${items.join(',')}${close}`
  const inner = outer + printer.unit
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${outer}${close}`
}
