import { normalize } from '../core/canonical/normalize'
import { deepEqual } from '../core/equality/deepEqual'
import { formatPath } from '../core/paths/formatPath'
import { parsePath } from '../core/paths/parsePath'
import type { PathStep } from '../core/paths/pathStep'

/** Options of `findReordering`. @internal */
export interface ReorderingOptions {
  /** Paths that are compared as multisets already (the plan's `unordered`). */
  readonly unordered?: boolean | readonly string[]
  readonly maxDepth?: number
  /** Also try the path with every index made `[*]` (first), for a suggestion that covers all elements. */
  readonly generalize?: boolean
}

function isPlainContainer(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value) as object | null
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** The steps along `path` through plain objects and arrays, with array indices as numbers. */
function stepsAlong(a: unknown, b: unknown, path: string): { steps: PathStep[]; arrays: number[] } {
  const steps: PathStep[] = []
  const arrays: number[] = []
  let left = a
  let right = b
  let segments
  try {
    segments = parsePath(path)
  } catch {
    return { steps, arrays }
  }
  for (let depth = 0; ; depth++) {
    if (Array.isArray(left) && Array.isArray(right)) arrays.push(depth)
    const segment = segments[depth]
    if (segment === undefined || segment.kind !== 'key') break
    if (!isPlainContainer(left) || !isPlainContainer(right)) break
    const key = segment.key
    steps.push(Array.isArray(left) ? Number(key) : key)
    left = left[key]
    right = (right as Record<string, unknown>)[key]
  }
  return { steps, arrays }
}

/**
 * The value at `path` (keys and indices only) inside `root`, through plain objects and arrays.
 * @example valueAt({ a: [1, 2] }, '$.a[1]') // 2
 * @internal
 */
export function valueAt(root: unknown, path: string): unknown {
  let value = root
  for (const segment of parsePath(path)) {
    if (segment.kind !== 'key' || !isPlainContainer(value)) return undefined
    value = value[segment.key]
  }
  return value
}

const sameWith = (
  a: unknown,
  b: unknown,
  unordered: readonly string[],
  maxDepth?: number,
): boolean => {
  try {
    return deepEqual(normalize(a, { unordered, maxDepth }), normalize(b, { unordered, maxDepth }), {
      maxDepth,
    })
  } catch {
    return false
  }
}

/**
 * Whether `a` and `b`, which differ first at `path`, differ only in the order of one array on
 * that path: the path of the deepest such array (`'$'` for the root), or `undefined`. With
 * `generalize`, indices above the array become `[*]` (`'$[*].items'`) when that still holds, so
 * the path can be pasted into `unordered` as it is.
 *
 * @example findReordering([1, 2], [2, 1], '$[0]') // '$'
 * @internal
 */
export function findReordering(
  a: unknown,
  b: unknown,
  path: string,
  options: ReorderingOptions = {},
): string | undefined {
  const { steps, arrays } = stepsAlong(a, b, path)
  // With every array unordered already, no difference can be one of order.
  if (options.unordered === true) return undefined
  const base =
    options.unordered === undefined || options.unordered === false ? [] : options.unordered
  for (const depth of arrays.reverse()) {
    const exact = steps.slice(0, depth)
    const candidates = [formatPath(exact)]
    if (options.generalize === true) {
      const general = formatPath(exact).replace(/\[\d+\]/g, '[*]')
      if (general !== candidates[0]) candidates.unshift(general)
    }
    for (const candidate of candidates) {
      if (sameWith(a, b, [...base, candidate], options.maxDepth)) return candidate
    }
  }
  return undefined
}
