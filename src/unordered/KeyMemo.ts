/**
 * What `keyHash` learns about values that have no key, kept for one comparison: nested multisets
 * hash the elements of their elements again, and a value thousands of levels deep would otherwise
 * be walked `MAX_DEPTH` levels down at every one of its levels.
 * @internal
 */
export interface KeyMemo {
  /** Values that hold something without a key (a function, a class instance, ...). */
  readonly unkeyable: WeakSet<object>
  /** Heights (levels of plain objects and arrays below, `Infinity` in a cycle) once measured. */
  readonly heights: WeakMap<object, number>
  /** The objects being hashed, from the root down (scratch). */
  readonly path: object[]
}

// Both facts describe a value, not a comparison, and only ever save work: a value wrongly thought
// unkeyable (mutated since) is compared pairwise, which is always exact. So they are shared.
const UNKEYABLE_VALUES = new WeakSet<object>()
const HEIGHTS = new WeakMap<object, number>()

/** A `KeyMemo` for one comparison (what it learns about values is shared by all). @internal */
export function createKeyMemo(): KeyMemo {
  return { unkeyable: UNKEYABLE_VALUES, heights: HEIGHTS, path: [] }
}

const isPlainContainer = (value: unknown): value is object => {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === Array.prototype
}

/**
 * Measures the height of `root` and of everything below it (levels of plain objects and arrays,
 * the only containers a key looks into), once: after that, hashing any of them stops at once
 * when it is too deep. Iterative, so any depth works; a cycle has no height (`Infinity`).
 * @internal
 */
export function measureHeights(root: object, heights: WeakMap<object, number>): void {
  const stack: { node: object; keys: string[] | undefined; next: number; height: number }[] = []
  const onStack = new Set<object>()
  const open = (node: object): void => {
    onStack.add(node)
    stack.push({
      node,
      keys: Array.isArray(node) ? undefined : Object.keys(node),
      next: 0,
      height: 0,
    })
  }
  if (heights.has(root)) return
  open(root)
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number]
    const count = top.keys === undefined ? (top.node as unknown[]).length : top.keys.length
    if (top.next < count) {
      const index = top.next++
      const child = (top.node as Record<string, unknown>)[
        top.keys === undefined ? index : (top.keys[index] as string)
      ]
      if (!isPlainContainer(child)) continue
      const known = onStack.has(child) ? Number.POSITIVE_INFINITY : heights.get(child)
      if (known === undefined) open(child)
      else top.height = Math.max(top.height, known + 1)
      continue
    }
    stack.pop()
    onStack.delete(top.node)
    heights.set(top.node, top.height)
    const parent = stack[stack.length - 1]
    if (parent !== undefined) parent.height = Math.max(parent.height, top.height + 1)
  }
}
