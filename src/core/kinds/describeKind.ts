import { className, Kind, kindOf } from './kindOf'

const NAMES: Record<number, string> = {
  [Kind.Undefined]: 'undefined',
  [Kind.Null]: 'null',
  [Kind.Boolean]: 'a boolean',
  [Kind.Number]: 'a number',
  [Kind.BigInt]: 'a bigint',
  [Kind.String]: 'a string',
  [Kind.Symbol]: 'a symbol',
  [Kind.Date]: 'a Date',
  [Kind.RegExp]: 'a RegExp',
  [Kind.Array]: 'an array',
  [Kind.Set]: 'a Set',
  [Kind.Map]: 'a Map',
  [Kind.Object]: 'a plain object',
  [Kind.Function]: 'a function',
  [Kind.Circular]: 'a circular reference',
}

/**
 * Names what kind of value something is, for failure messages: `a Map`, `a plain object`,
 * `an instance of Point`, `a Uint8Array`.
 * @internal
 */
export function describeKind(value: unknown): string {
  const kind = kindOf(value)
  const name = NAMES[kind]
  if (name !== undefined) return name
  const cls = className(value as object)
  if (kind === Kind.Instance)
    return cls.startsWith('[') ? 'a null-prototype object' : `an instance of ${cls}`
  return /^[AEIOU]/.test(cls) ? `an ${cls}` : `a ${cls}`
}
