import { isAsymmetric } from './isAsymmetric'

interface Frame {
  readonly expected: object
  readonly received: Record<PropertyKey, unknown>
  readonly out: Record<PropertyKey, unknown>
  readonly keys: readonly PropertyKey[]
  index: number
}

/**
 * `expected` with each asymmetric matcher that accepts the received value at the same place
 * replaced by that value, so a diff shows only the fields that really differ (the runners' own
 * diffs do the same). Plain objects and plain arrays of one length are walked (with their own
 * stack, so any depth works); everything else is kept as it is.
 * @internal
 */
export function resolveMatchers(expected: unknown, received: unknown): unknown {
  const stack: Frame[] = []
  const seen = new Set<object>()
  const root = visit(expected, received, stack, seen)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.index >= frame.keys.length) {
      stack.pop()
      seen.delete(frame.expected)
      continue
    }
    const key = frame.keys[frame.index++] as PropertyKey
    frame.out[key] = visit(
      (frame.expected as Record<PropertyKey, unknown>)[key],
      frame.received[key],
      stack,
      seen,
    )
  }
  return root
}

/** The resolved value at one place: a leaf at once, or a container's copy filled later. */
function visit(expected: unknown, received: unknown, stack: Frame[], seen: Set<object>): unknown {
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
    received === null ||
    seen.has(expected)
  )
    return expected
  const proto: unknown = Object.getPrototypeOf(expected)
  let out: Record<PropertyKey, unknown>
  let keys: PropertyKey[]
  if (Array.isArray(expected) && Array.isArray(received) && proto === Array.prototype) {
    if (expected.length !== received.length) return expected
    out = new Array<unknown>(expected.length) as unknown as Record<PropertyKey, unknown>
    keys = Array.from({ length: expected.length }, (_, i) => i)
  } else if (proto === Object.prototype) {
    out = {}
    keys = Object.keys(expected)
  } else {
    return expected
  }
  seen.add(expected)
  stack.push({ expected, received: received as Record<PropertyKey, unknown>, out, keys, index: 0 })
  return out
}
