/**
 * A received value in a few words, for option errors: strings quoted, numbers and booleans as
 * they are, containers by kind only (an options object can be large, or hostile to print).
 *
 * @example describeValue('x') // '"x"'
 * @example describeValue([1]) // 'an array'
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'boolean':
    case 'undefined':
      return String(value)
    case 'bigint':
      return `${value}n`
    case 'symbol':
      return `Symbol(${value.description ?? ''})`
    case 'function':
      return 'a function'
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'an object'
  }
}
