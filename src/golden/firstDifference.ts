import { findDifference } from '../core/equality/findDifference'
import { linePaths } from './changedPaths'

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
  const parsed = parseBoth(golden, received)
  if (parsed !== undefined) {
    const difference = findDifference(parsed.golden, parsed.received)
    if (difference !== undefined) {
      const reason = difference.reason
        .replace('on the left', 'in the golden')
        .replace('on the right', 'in the received value')
      return `${difference.path}: ${reason}`
    }
  }
  const left = golden.split('\n')
  const right = received.split('\n')
  let line = 0
  while (line < left.length && line < right.length && left[line] === right[line]) line += 1
  // The value path of that line, read from the layout (the notation cannot be parsed back).
  const side = line < right.length ? right : left
  const path = linePaths(side.slice(0, line + 1).join('\n'))[line]
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
