/**
 * The one path grammar of the library: a JSONPath subset. Failure messages print paths in it,
 * and every option that takes paths (`ignore`, `unordered`, `paths`) parses it, so a printed
 * path can be pasted straight into an option.
 *
 * | form          | meaning                                                        |
 * | ------------- | -------------------------------------------------------------- |
 * | `$`           | the root (may be left out: `items[*]` means `$.items[*]`)      |
 * | `.key`        | an object key or Map key that is an identifier                 |
 * | `['odd key']` | any string key (single or double quotes, `\` escapes)          |
 * | `[0]`         | an array index (or a numeric Map key)                          |
 * | `[*]` / `.*`  | any one step: every element, key, Map entry or Set member      |
 * | `..key`       | `key` at any depth below (`..*`: every descendant)             |
 * | `[Symbol(d)]` | a symbol key whose description is `d`                          |
 *
 * Set members and Map entries whose key is not a string or number have no name of their own:
 * they print as `[*]`, which a pattern matches with `[*]`, `.*` or `..`.
 *
 * @since 0.1.0
 */
export type PathStep = string | number | symbol | typeof MEMBER

/**
 * The step into a Set member or a Map entry with a non-primitive key: such a member has no stable
 * name (its position depends on sorting), so it prints as `[*]`.
 * @since 0.1.0
 */
export const MEMBER: { readonly member: true } = Object.freeze({ member: true as const })

/**
 * The step into a Map entry: its key when that is a string, number or symbol, `MEMBER` otherwise.
 * @internal
 */
export function stepOfMapKey(key: unknown): PathStep {
  // Only keys the grammar can print and read back have a name: `[1.5]` or `[-1]` would not parse.
  if (typeof key === 'number') return Number.isSafeInteger(key) && key >= 0 ? key : MEMBER
  return typeof key === 'string' || typeof key === 'symbol' ? key : MEMBER
}
