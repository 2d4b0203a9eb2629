import { boxedValueOf, bytesOf, isoOf, regExpParts, timeOf } from '../kinds/intrinsics'
import { Kind, platformTypeOf } from '../kinds/kindOf'
import { printableName } from './printableName'

/**
 * The text of a value printed on its own, without children: primitives, and objects whose
 * notation fits one line (Dates, RegExps, buffers, boxed primitives, functions, cycles, objects
 * compared by identity). `kind` and `name` are the object's, as the printer already knows them.
 * @internal
 */
export function leafText(value: unknown, kind?: number, name = ''): string {
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
      return quoted(value)
    case 'symbol':
      return `Symbol(${JSON.stringify(value.description ?? '')})`
    case 'function':
      return `[Function ${functionName(value)}]`
    default:
      return value === null ? 'null' : objectText(value as object, kind, name)
  }
}

/**
 * A string as JSON writes it. Most strings in test data are short and need no escape: checking
 * that by hand and adding the quotes is about three times faster than a call to `JSON.stringify`,
 * and the printer quotes every key and string it meets.
 */
function quoted(text: string): string {
  if (text.length > QUICK_QUOTE) return JSON.stringify(text)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A control character, a quote, a backslash or a surrogate (a lone one gets a \u escape).
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return JSON.stringify(text)
  }
  return `"${text}"`
}

const QUICK_QUOTE = 64

function functionName(fn: unknown): string {
  const name: unknown = (fn as { name?: unknown }).name
  return printableName(name, '(anonymous)')
}

function objectText(value: object, kind: number | undefined, name: string): string {
  switch (kind) {
    case Kind.Date: {
      const time = timeOf(value)
      return prefixed(
        name,
        'Date',
        // ISO text needs no escape: quoted by hand, it costs no serializer call per Date.
        `Date(${Number.isNaN(time) ? 'NaN' : `"${isoOf(value)}"`})`,
      )
    }
    case Kind.RegExp: {
      const { source, flags } = regExpParts(value)
      return prefixed(name, 'RegExp', `/${source}/${flags}`)
    }
    case Kind.Binary: {
      let hex = ''
      for (const byte of bytesOf(value)) hex += byte.toString(16).padStart(2, '0')
      return `${name} "${hex}"`
    }
    case Kind.Boxed:
      return `${name}(${leafText(boxedValueOf(value))})`
    case Kind.Circular:
      return `[Circular ${(value as { path: string }).path}]`
    default: {
      // Compared by identity: the notation says so, with what can be read of it.
      const about = platformTypeOf(value).about?.(value)
      const details =
        about === undefined
          ? ''
          : ` {${Object.keys(about)
              .sort()
              .map((key) => `${JSON.stringify(key)}:${leafText(about[key])}`)
              .join(',')}}`
      return `[${name} by identity${details}]`
    }
  }
}

/** The class name before a built-in's notation, only when it is a subclass. */
function prefixed(name: string, base: string, text: string): string {
  return name === base ? text : `${name} ${text}`
}
