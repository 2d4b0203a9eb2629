/**
 * A maximum matching in a bipartite graph, as `maximumMatching` returns it.
 * @since 0.1.0
 */
export interface BipartiteMatching {
  /** The number of matched left nodes. */
  readonly size: number
  /** For each left node, the right node it is matched to, or `-1`. */
  readonly leftToRight: Int32Array
}

const FREE = -1
const UNREACHED = Number.MAX_SAFE_INTEGER

/**
 * A maximum matching of a bipartite graph (Hopcroft–Karp, O(E·√V)), where right node `r` may take
 * up to `capacity[r]` left nodes (default 1 each). Capacities let a class of interchangeable
 * elements stand as one node instead of a complete bipartite block of edges.
 *
 * Unlike a greedy first fit, the result is maximum: whenever every left node can be matched, every
 * left node is. The result is deterministic: it depends only on the graph, with neighbours tried in
 * the order given.
 *
 * @param rightCount number of right nodes, numbered `0 … rightCount - 1`
 * @param neighbours for each left node, the right nodes it may be matched to
 * @param capacity for each right node, how many left nodes it may take (default: 1 each)
 * @example
 * // left 0 fits only right 0; left 1 fits both: a greedy first fit would strand left 0.
 * maximumMatching(2, [[0], [0, 1]]).size // 2
 * @since 0.1.0
 */
export function maximumMatching(
  rightCount: number,
  neighbours: readonly (readonly number[])[],
  capacity?: readonly number[],
): BipartiteMatching {
  const leftCount = neighbours.length
  const leftToRight = new Int32Array(leftCount).fill(FREE)
  const load = new Int32Array(rightCount)
  // Left nodes currently assigned to each right node (a capacity-1 node holds at most one).
  const assigned: number[][] = Array.from({ length: rightCount }, () => [])
  const cap = (right: number): number => (capacity === undefined ? 1 : (capacity[right] ?? 0))
  const dist = new Float64Array(leftCount)
  let size = 0

  // Breadth-first layering from every free left node; true when some free right slot is reachable.
  const layer = (): boolean => {
    const queue: number[] = []
    for (let left = 0; left < leftCount; left++) {
      if (leftToRight[left] === FREE) {
        dist[left] = 0
        queue.push(left)
      } else {
        dist[left] = UNREACHED
      }
    }
    let found = false
    for (let head = 0; head < queue.length; head++) {
      const left = queue[head] as number
      for (const right of neighbours[left] as readonly number[]) {
        if ((load[right] as number) < cap(right)) {
          found = true
          continue
        }
        for (const next of assigned[right] as number[]) {
          if (dist[next] === UNREACHED) {
            dist[next] = (dist[left] as number) + 1
            queue.push(next)
          }
        }
      }
    }
    return found
  }

  // Depth-first search for an augmenting path along the layers, with an explicit stack: paths can
  // be as long as the input, far past the call stack. Dead ends are cut off for the rest of the
  // phase (dist = UNREACHED), which keeps each phase linear in the edges.
  const nextNeighbour = new Int32Array(leftCount)
  const nextHolder = new Int32Array(leftCount)
  const via = new Int32Array(leftCount)
  const stack: number[] = []
  const augment = (root: number): boolean => {
    stack.length = 0
    stack.push(root)
    nextNeighbour[root] = 0
    nextHolder[root] = 0
    while (stack.length > 0) {
      const left = stack[stack.length - 1] as number
      const adjacent = neighbours[left] as readonly number[]
      let pushed = false
      while (!pushed && (nextNeighbour[left] as number) < adjacent.length) {
        const right = adjacent[nextNeighbour[left] as number] as number
        if ((load[right] as number) < cap(right)) {
          // Found a free slot: shift every left node on the stack one step along the path.
          take(left, right)
          for (let i = stack.length - 1; i > 0; i--)
            take(stack[i - 1] as number, via[stack[i] as number] as number)
          return true
        }
        const holders = assigned[right] as number[]
        while ((nextHolder[left] as number) < holders.length) {
          const holder = holders[nextHolder[left] as number] as number
          nextHolder[left] = (nextHolder[left] as number) + 1
          if (dist[holder] === (dist[left] as number) + 1) {
            via[holder] = right
            nextNeighbour[holder] = 0
            nextHolder[holder] = 0
            stack.push(holder)
            pushed = true
            break
          }
        }
        if (!pushed) {
          nextNeighbour[left] = (nextNeighbour[left] as number) + 1
          nextHolder[left] = 0
        }
      }
      if (!pushed) {
        dist[left] = UNREACHED
        stack.pop()
      }
    }
    return false
  }

  const take = (left: number, right: number): void => {
    const previous = leftToRight[left] as number
    if (previous !== FREE) {
      const holders = assigned[previous] as number[]
      holders.splice(holders.indexOf(left), 1)
      load[previous] = (load[previous] as number) - 1
    }
    leftToRight[left] = right
    ;(assigned[right] as number[]).push(left)
    load[right] = (load[right] as number) + 1
  }

  while (layer()) {
    let grown = 0
    for (let left = 0; left < leftCount; left++) {
      if (leftToRight[left] === FREE && dist[left] === 0 && augment(left)) grown++
    }
    if (grown === 0) break
    size += grown
  }
  return { size, leftToRight }
}
