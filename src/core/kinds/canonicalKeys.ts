/** Own enumerable symbol keys, in the order the engine reports them. @internal */
export function enumerableSymbols(value: object): symbol[] {
  const symbols = Object.getOwnPropertySymbols(value)
  return symbols.length === 0
    ? symbols
    : symbols.filter((s) => Object.prototype.propertyIsEnumerable.call(value, s))
}

const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/

/**
 * Whether a property key is an array index (`'0'`, `'42'`): engines list such keys first, in
 * numeric order, whatever order they were inserted in.
 * @internal
 */
export function isIndexKey(key: unknown): key is string {
  return typeof key === 'string' && INDEX_KEY.test(key) && Number(key) < 4294967295
}

/**
 * Compares two symbols by description: the only stable thing a symbol has. Two distinct symbols
 * may share one; `normalize` orders such keys by their values, so the text still depends only on
 * content.
 * @internal
 */
export function compareSymbols(a: symbol, b: symbol): number {
  const x = a.description ?? ''
  const y = b.description ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * Sorted string keys then enumerable symbol keys sorted by description (ties keep their order):
 * the canonical key order. String keys use the default sort, which compares UTF-16 code units
 * (never the locale).
 * @internal
 */
export function canonicalKeys(value: object): (string | symbol)[] {
  const keys: (string | symbol)[] = Object.keys(value).sort()
  const symbols = enumerableSymbols(value)
  if (symbols.length > 0) keys.push(...symbols.sort(compareSymbols))
  return keys
}

/**
 * Whether two symbol keys share a description: their canonical order then depends on their
 * values, known only once those are canonical.
 * @internal
 */
export function hasSymbolTies(keys: readonly unknown[]): boolean {
  const seen = new Set<string>()
  for (const key of keys) {
    if (typeof key !== 'symbol') continue
    const description = key.description ?? ''
    if (seen.has(description)) return true
    seen.add(description)
  }
  return false
}
