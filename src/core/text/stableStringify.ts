import { createWalk, normalize } from '../canonical/normalize'
import { fastJsonText } from './fastJsonText'
import { optionsError } from '../../options/readOptions'
import { printCanonical } from './printCanonical'
import type { StringifyOptions } from '../../types'

const STRINGIFY_OPTIONS = ['unordered', 'ignore', 'maxDepth', 'indent'] as const

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
 * JSON data takes a fast path through the native `JSON.stringify`; anything else is normalized
 * and printed by the library.
 *
 * @example
 * stableStringify({ b: 1, a: [new Set(['y', 'x'])] }, { indent: 0 }) // '{"a":[Set ["x","y"]],"b":1}'
 * @since 0.1.0
 */
export function stableStringify(value: unknown, options?: StringifyOptions): string {
  const walk = createWalk(options, STRINGIFY_OPTIONS, 'stableStringify')
  const indent = readIndent(options?.indent)
  // Only `unordered` and `ignore` change the data; without them the raw value can go straight to
  // the fast path, which sorts keys itself.
  const changesData = walk.sortAllArrays || walk.unordered !== undefined || walk.ignore !== undefined
  const data = changesData ? normalize(value, withoutIndent(options)) : value
  const text = fastJsonText(data, indent, walk.maxDepth)
  if (text !== undefined) return text
  return printCanonical(changesData ? data : normalize(data, withoutIndent(options)), indent)
}

function withoutIndent(options: StringifyOptions | undefined): StringifyOptions | undefined {
  if (options === undefined || options.indent === undefined) return options
  const { indent: _indent, ...rest } = options
  return rest
}

function readIndent(indent: unknown): number {
  if (indent === undefined) return 2
  if (typeof indent !== 'number' || !Number.isInteger(indent) || indent < 0 || indent > 10) {
    throw optionsError(`The \`indent\` option must be an integer from 0 to 10, but received ${String(indent)}.`)
  }
  return indent
}
