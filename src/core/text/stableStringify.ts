import { normalizeWith, reshapes } from '../canonical/normalize'
import { DEFAULT_MAX_DEPTH } from '../traversal/traversalError'
import { fastJsonText } from './fastJsonText'
import { readOptions } from '../../options/readOptions'
import { integerIn, NORMALIZE_RULES } from '../../options/rules'
import { printCanonical } from './printCanonical'
import type { StringifyOptions } from '../../types'

const STRINGIFY_RULES = { ...NORMALIZE_RULES, indent: integerIn(0, 10) } as const

/**
 * The canonical text of a value: `normalize(value, options)` printed in the golden-file notation.
 *
 * - Equal values give identical text, whatever the insertion order of keys, Map entries and Set
 *   members (and of arrays selected by `unordered`).
 * - Values that differ give different text: `NaN` vs `null`, `-0` vs `0`, `{ a: undefined }` vs
 *   `{}`, `1n` vs `1`, a Map vs an object, a Set vs an array, a class instance vs a plain object.
 * - Plain JSON data gives valid JSON with sorted keys that `JSON.parse` reads back; other values use
 *   the notation documented on `printCanonical` (`Map {`, `Set [`, `undefined`, `12n`, ...).
 * - With the default `indent` of 2, every element, entry and property stands on its own line, so
 *   diffs of golden files are readable; `indent: 0` gives one compact line.
 * - Keys are sorted by UTF-16 code units and numbers printed by the ECMAScript algorithm, so the
 *   text is the same on every Node version and platform.
 *
 * Data that is mostly JSON takes a fast path through the native `JSON.stringify`, with the exact
 * text of each Date, Map, `undefined`, `-0`, ... below the root spliced in; anything else (a cycle,
 * an Error, very deep data) is normalized and printed by the library. Both give the same text.
 *
 * @example
 * stableStringify({ b: 1, a: [new Set(['y', 'x'])] }, { indent: 0 }) // '{"a":[Set ["x","y"]],"b":1}'
 * @since 0.1.0
 */
export function stableStringify(value: unknown, options?: StringifyOptions): string {
  // Not a rest spread: that would make an ordinary object, whose missing options a polluted
  // Object.prototype could supply. The read options have no prototype; normalize ignores `indent`.
  const normalizeOptions = readOptions(options, STRINGIFY_RULES, 'stableStringify()')
  const indent = normalizeOptions.indent ?? 2
  // Without `unordered` and `ignore` the raw value can go straight to the fast path, which sorts
  // keys itself.
  const changesData = reshapes(normalizeOptions)
  const data = changesData ? normalizeWith(value, normalizeOptions) : value
  const text = fastJsonText(data, indent, normalizeOptions.maxDepth ?? DEFAULT_MAX_DEPTH)
  if (text !== undefined) return text
  return printCanonical(changesData ? data : normalizeWith(data, normalizeOptions), indent)
}
