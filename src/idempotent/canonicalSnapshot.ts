import { normalize, reshapes } from '../core/canonical/normalize'
import { deepEqual } from '../core/equality/deepEqual'
import { fastJsonText } from '../core/text/fastJsonText'
import { DEFAULT_MAX_DEPTH } from '../core/traversal/traversalError'
import type { NormalizeOptions } from '../types'

/**
 * A frozen canonical view of a value, taken at once so later mutation of the value cannot change
 * it. JSON data is kept as its compact canonical text, which is cheap to take (the native
 * serializer does the work) and compares with `===`: for JSON data, equal text is exactly
 * `deepEqual`. Anything else is kept as its `normalize`d form. `value` gives the canonical form
 * either way (parsed back on first use, for messages and custom equality).
 * @internal
 */
export interface CanonicalSnapshot {
  /** The compact canonical text, when the value is plain JSON data; otherwise `undefined`. */
  readonly text: string | undefined
  /** The canonical form (`normalize(value, options)`). */
  readonly value: unknown
}

/**
 * Takes a canonical snapshot of `value`. With `unordered` or `ignore`, the data changes before it
 * is compared, so the normalized form is taken (and its text too, when it is JSON data).
 * @internal
 */
export function canonicalSnapshot(value: unknown, options: NormalizeOptions): CanonicalSnapshot {
  if (reshapes(options)) {
    const normalized = normalize(value, options)
    return {
      text: fastJsonText(normalized, 0, options.maxDepth ?? DEFAULT_MAX_DEPTH),
      value: normalized,
    }
  }
  // Only plain JSON text: the canonical form is parsed back from it when needed.
  const text = fastJsonText(value, 0, options.maxDepth ?? DEFAULT_MAX_DEPTH, true)
  if (text === undefined) return { text: undefined, value: normalize(value, options) }
  let parsed: { value: unknown } | undefined
  return {
    text,
    get value() {
      parsed ??= { value: JSON.parse(text) as unknown }
      return parsed.value
    },
  }
}

/**
 * Whether two snapshots hold equal values: by text when both are JSON data and no custom
 * equality is asked for, by `equals` on the canonical forms otherwise.
 * @internal
 */
export function sameSnapshot(
  a: CanonicalSnapshot,
  b: CanonicalSnapshot,
  equals: ((x: unknown, y: unknown) => boolean) | undefined,
): boolean {
  if (equals === undefined && a.text !== undefined && b.text !== undefined) return a.text === b.text
  return (equals ?? deepEqual)(a.value, b.value)
}
