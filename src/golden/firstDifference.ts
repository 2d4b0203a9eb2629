import { findDifference } from '../core/equality/findDifference'

/**
 * Where the received canonical text first departs from the golden, in words: for JSON goldens
 * the value path (`$.users[1].name: values differ`), found by parsing both texts; otherwise the
 * first differing line. `undefined` when the texts are equal.
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
  return `line ${line + 1}`
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
