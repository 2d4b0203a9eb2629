import { bytesOf, canonicalKeys, className, isTypedArray, Kind, kindOf } from './kind'

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
 */
export function printCanonical(value: unknown, indent: number): string {
  return print(value, indent === 0 ? '' : ' '.repeat(indent), '')
}

function print(value: unknown, unit: string, outer: string): string {
  const kind = kindOf(value)
  switch (kind) {
    case Kind.Undefined:
      return 'undefined'
    case Kind.Null:
      return 'null'
    case Kind.Boolean:
      return value ? 'true' : 'false'
    case Kind.Number:
      return printNumber(value as number)
    case Kind.BigInt:
      return `${value as bigint}n`
    case Kind.String:
      return JSON.stringify(value)
    case Kind.Symbol:
      return `Symbol(${JSON.stringify((value as symbol).description ?? '')})`
    case Kind.Function:
      return `[Function ${(value as () => void).name || '(anonymous)'}]`
    case Kind.Circular:
      return `[Circular ${(value as { path: string }).path}]`
    default:
      return printObject(value as object, kind, unit, outer)
  }
}

function printNumber(value: number): string {
  if (value === 0 && 1 / value < 0) return '-0'
  return String(value) // same as JSON for finite numbers; NaN, Infinity, -Infinity otherwise
}

function printObject(value: object, kind: number, unit: string, outer: string): string {
  const name = className(value)
  switch (kind) {
    case Kind.Array:
      return prefixed(name, 'Array', block('[', ']', (value as unknown[]).map((el) => (inner: string) => print(el, unit, inner)), unit, outer))
    case Kind.Set:
      return `${name} ${block('[', ']', [...(value as Set<unknown>)].map((m) => (inner: string) => print(m, unit, inner)), unit, outer)}`
    case Kind.Map: {
      const arrow = unit === '' ? '=>' : ' => '
      const entries = [...(value as Map<unknown, unknown>)].map(
        ([k, v]) => (inner: string) => `${print(k, unit, inner)}${arrow}${print(v, unit, inner)}`,
      )
      return `${name} ${block('{', '}', entries, unit, outer)}`
    }
    case Kind.Date: {
      const time = (value as Date).getTime()
      return prefixed(name, 'Date', `Date(${Number.isNaN(time) ? 'NaN' : JSON.stringify((value as Date).toISOString())})`)
    }
    case Kind.RegExp:
      return prefixed(name, 'RegExp', String(value))
    case Kind.Binary:
      return printBinary(value, name, unit, outer)
    case Kind.Boxed:
      return `${name}(${print((value as { valueOf(): unknown }).valueOf(), unit, outer)})`
    case Kind.Error:
      return `${name} ${properties(value, unit, outer, errorFields(value as Error))}`
    case Kind.Object:
      return properties(value, unit, outer, [])
    default:
      return `${name} ${properties(value, unit, outer, [])}`
  }
}

/** The class name before a built-in's notation, only when it is a subclass. */
function prefixed(name: string, base: string, text: string): string {
  return name === base ? text : `${name} ${text}`
}

/** `message`, `name` and `cause` are not enumerable on real errors but are what tells them apart. */
function errorFields(error: Error): [string, unknown][] {
  const fields: [string, unknown][] = [
    ['message', error.message],
    ['name', error.name],
  ]
  if (Object.prototype.hasOwnProperty.call(error, 'cause')) fields.push(['cause', (error as { cause?: unknown }).cause])
  return fields
}

function properties(value: object, unit: string, outer: string, extra: [string, unknown][]): string {
  const record = value as Record<string | symbol, unknown>
  const colon = unit === '' ? ':' : ': '
  const seen = new Set<string | symbol>()
  const fields: [string | symbol, unknown][] = []
  for (const key of canonicalKeys(value)) {
    seen.add(key)
    fields.push([key, record[key]])
  }
  for (const [key, fieldValue] of extra) if (!seen.has(key)) fields.push([key, fieldValue])
  if (extra.length > 0) fields.sort((a, b) => compareKeys(a[0], b[0]))
  const items = fields.map(([key, fieldValue]) => (inner: string) => {
    const label = typeof key === 'symbol' ? `[Symbol(${JSON.stringify(key.description ?? '')})]` : JSON.stringify(key)
    return `${label}${colon}${print(fieldValue, unit, inner)}`
  })
  return block('{', '}', items, unit, outer)
}

function compareKeys(a: string | symbol, b: string | symbol): number {
  if (typeof a !== typeof b) return typeof a === 'string' ? -1 : 1
  const x = typeof a === 'symbol' ? (a.description ?? '') : a
  const y = typeof b === 'symbol' ? (b.description ?? '') : (b as string)
  return x < y ? -1 : x > y ? 1 : 0
}

function printBinary(value: object, name: string, unit: string, outer: string): string {
  if (isTypedArray(value)) {
    return `${name} ${block('[', ']', Array.from(value as ArrayLike<number | bigint>, (el) => () => print(el, unit, '')), unit, outer)}`
  }
  let hex = ''
  for (const byte of bytesOf(value as ArrayBuffer)) hex += byte.toString(16).padStart(2, '0')
  return `${name} "${hex}"`
}

/** Lays out a bracketed list: one item per line with an indent, on one line without. */
function block(open: string, close: string, items: ((inner: string) => string)[], unit: string, outer: string): string {
  if (items.length === 0) return open + close
  if (unit === '') return open + items.map((item) => item('')).join(',') + close
  const inner = outer + unit
  let out = open
  for (let i = 0; i < items.length; i++) {
    out += `${i === 0 ? '' : ','}\n${inner}${(items[i] as (inner: string) => string)(inner)}`
  }
  return `${out}\n${outer}${close}`
}
