import { isAsymmetric } from './isAsymmetric'

/**
 * `expected` with each asymmetric matcher that accepts the received value at the same place
 * replaced by that value, so a diff shows only the fields that really differ (the runners' own
 * diffs do the same).
 * @internal
 */
export function resolveMatchers(
  expected: unknown,
  received: unknown,
  seen: Set<object> = new Set(),
): unknown {
  if (isAsymmetric(expected)) {
    try {
      return expected.asymmetricMatch(received) ? received : expected
    } catch {
      return expected
    }
  }
  if (
    typeof expected !== 'object' ||
    expected === null ||
    typeof received !== 'object' ||
    received === null
  )
    return expected
  if (seen.has(expected)) return expected
  const proto: unknown = Object.getPrototypeOf(expected)
  if (Array.isArray(expected) && Array.isArray(received) && proto === Array.prototype) {
    if (expected.length !== received.length) return expected
    seen.add(expected)
    const out = expected.map((item, index) => resolveMatchers(item, received[index], seen))
    seen.delete(expected)
    return out
  }
  if (proto !== Object.prototype) return expected
  seen.add(expected)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(expected)) {
    out[key] = resolveMatchers(
      (expected as Record<string, unknown>)[key],
      (received as Record<string, unknown>)[key],
      seen,
    )
  }
  seen.delete(expected)
  return out
}
