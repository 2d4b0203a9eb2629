import { findDifference } from '../core/equality/findDifference'
import { linePaths } from './changedPaths'
import { commonPrefix, countLines } from './goldenDiff'

// Texts longer than this (both together, in characters) are not parsed to find the first difference.
const PARSE_LIMIT = 4_000_000
// Past this line, reading the layout for the value path costs more than it tells.
const PATH_LIMIT = 200_000

/**
 * Where the received canonical text first departs from the golden, in words: for JSON goldens
 * the value path (`$.users[1].name: values differ`), found by parsing both texts; otherwise the
 * first differing line and the path of the value on it, read from the layout
 * (`$.version (line 7)`). `undefined` when the texts are equal.
 *
 * @example firstDifference('{"a":1}', '{"a":2}') // '$.a: values differ'
 * @internal
 */
export function firstDifference(golden: string, received: string): string | undefined {
  if (golden === received) return undefined
  // Parsing costs about as much as serialising: past a size, the lines alone say enough.
  const parsed =
    golden.length + received.length <= PARSE_LIMIT ? parseBoth(golden, received) : undefined
  if (parsed !== undefined) {
    const difference = findDifference(parsed.golden, parsed.received)
    if (difference !== undefined) {
      const reason = difference.reason
        .replace('on the left', 'in the golden')
        .replace('on the right', 'in the received value')
      return `${difference.path}: ${reason}`
    }
  }
  const at = commonPrefix(golden, received)
  // One text ending where the other goes on with a line break: the lines so far are equal.
  const longer = golden.length > received.length ? golden : received
  const ended = at === Math.min(golden.length, received.length) && longer[at] === '\n'
  const line = countLines(golden, 0, at) + (ended ? 1 : 0)
  if (line > PATH_LIMIT) return `line ${line + 1}`
  // The value path of that line, read from the layout (the notation cannot be parsed back).
  const side = at < received.length ? received : golden
  const end = side.indexOf('\n', ended ? at + 1 : at)
  const path = linePaths(end === -1 ? side : side.slice(0, end))[line]
  return path === undefined ? `line ${line + 1}` : `${path} (line ${line + 1})`
}

function parseBoth(
  golden: string,
  received: string,
): { golden: unknown; received: unknown } | undefined {
  try {
    return { golden: JSON.parse(golden), received: JSON.parse(received) }
  } catch {
    return undefined
  }
}
