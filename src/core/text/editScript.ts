/**
 * One step of an edit script between two sequences of line ids: keep a line of both, remove a
 * line of the old sequence, or add a line of the new one.
 * @internal
 */
export type Edit = 'keep' | 'remove' | 'add'

/** How far the exact alignment may search before it falls back to anchors (see `editScript`). */
const MAX_EXACT_COST = 1000
// The exact search costs about (lines × edits) steps: long texts get a lower edit limit, so one
// diff never takes more than a few tens of millions of steps.
const WORK_BUDGET = 20_000_000

/**
 * An edit script turning `a` into `b` (sequences of line ids, equal ids for equal lines), in time
 * that stays close to linear whatever the input:
 *
 * 1. the common prefix and suffix are kept as they are;
 * 2. what remains is aligned exactly (Myers' O((N+M)·D) shortest edit script) when it differs in
 *    at most `MAX_EXACT_COST` lines (fewer for very long texts, so the search stays bounded);
 * 3. otherwise the lines that occur exactly once on each side anchor the alignment (the longest
 *    increasing run of them, as in patience diff), and each gap between anchors is aligned the
 *    same way, or shown as removed-then-added when it is still too different.
 *
 * The script is always correct (it turns `a` into `b`); it is the shortest one whenever the texts
 * differ in few places, which is when people read diffs line by line. A golden where most of
 * 100,000 lines changed no longer takes a quadratic search.
 *
 * @example editScript([1, 2, 3], [1, 3, 4]) // ['keep', 'remove', 'keep', 'add']
 * @internal
 */
export function editScript(a: readonly number[], b: readonly number[]): Edit[] {
  const out: Edit[] = []
  align(a, 0, a.length, b, 0, b.length, out, true)
  return out
}

function align(
  a: readonly number[],
  aStart: number,
  aEnd: number,
  b: readonly number[],
  bStart: number,
  bEnd: number,
  out: Edit[],
  anchors: boolean,
): void {
  let prefix = 0
  while (
    aStart + prefix < aEnd &&
    bStart + prefix < bEnd &&
    a[aStart + prefix] === b[bStart + prefix]
  )
    prefix++
  let suffix = 0
  while (
    aEnd - suffix > aStart + prefix &&
    bEnd - suffix > bStart + prefix &&
    a[aEnd - suffix - 1] === b[bEnd - suffix - 1]
  ) {
    suffix++
  }
  for (let i = 0; i < prefix; i++) out.push('keep')
  const from = { a: aStart + prefix, b: bStart + prefix }
  const to = { a: aEnd - suffix, b: bEnd - suffix }
  const middle = shortest(a, from.a, to.a, b, from.b, to.b)
  if (middle !== undefined) for (const edit of middle) out.push(edit)
  else if (anchors) alignByAnchors(a, from.a, to.a, b, from.b, to.b, out)
  else replaceAll(to.a - from.a, to.b - from.b, out)
  for (let i = 0; i < suffix; i++) out.push('keep')
}

function replaceAll(removed: number, added: number, out: Edit[]): void {
  for (let i = 0; i < removed; i++) out.push('remove')
  for (let i = 0; i < added; i++) out.push('add')
}

// One snapshot row per edit count, reused across calls: the many small gaps between anchors would
// otherwise allocate a fresh array per row, and the collector would cost more than the search.
let traceBuffer = new Int32Array(1024)

/**
 * Myers' greedy shortest edit script, or `undefined` when it would cost more than
 * `MAX_EXACT_COST` edits (the search is then abandoned, so this never goes quadratic).
 */
function shortest(
  a: readonly number[],
  aStart: number,
  aEnd: number,
  b: readonly number[],
  bStart: number,
  bEnd: number,
): Edit[] | undefined {
  const n = aEnd - aStart
  const m = bEnd - bStart
  if (n === 0 || m === 0) {
    const out: Edit[] = []
    replaceAll(n, m, out)
    return out
  }
  const limit = Math.min(n + m, MAX_EXACT_COST, Math.max(16, Math.floor(WORK_BUDGET / (n + m))))
  const offset = limit + 1
  const width = 2 * limit + 3
  // x reached on each diagonal k = x - y after d edits: row d of the trace, to walk back.
  let trace = traceBuffer
  for (let d = 0; d <= limit; d++) {
    const row = d * width
    if (trace.length < row + 2 * width) {
      const grown = new Int32Array(Math.max(trace.length * 2, row + 2 * width))
      grown.set(trace.subarray(0, row + width))
      trace = traceBuffer = grown
    }
    const previous = d === 0 ? -1 : row - width
    for (let k = -d; k <= d; k += 2) {
      const left = previous === -1 ? 0 : (trace[previous + offset + k - 1] as number)
      const right = previous === -1 ? 0 : (trace[previous + offset + k + 1] as number)
      const down = k === -d || (k !== d && left < right)
      let x = d === 0 ? 0 : down ? right : left + 1
      let y = x - k
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x++
        y++
      }
      trace[row + offset + k] = x
      if (x >= n && y >= m) return walkBack(trace, width, offset, d, n, m)
    }
  }
  return undefined
}

/** Rebuilds the edit script from the rows `shortest` kept, from the end back to the start. */
function walkBack(
  trace: Int32Array,
  width: number,
  offset: number,
  cost: number,
  n: number,
  m: number,
): Edit[] {
  const out: Edit[] = []
  let x = n
  let y = m
  for (let d = cost; d > 0; d--) {
    const previous = (d - 1) * width
    const k = x - y
    const down =
      k === -d ||
      (k !== d &&
        (trace[previous + offset + k - 1] as number) < (trace[previous + offset + k + 1] as number))
    const previousK = down ? k + 1 : k - 1
    const previousX = trace[previous + offset + previousK] as number
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      out.push('keep')
      x--
      y--
    }
    out.push(down ? 'add' : 'remove')
    if (down) y--
    else x--
  }
  while (x > 0 && y > 0) {
    out.push('keep')
    x--
    y--
  }
  return out.reverse()
}

/**
 * Aligns on lines that occur exactly once on each side, in the longest run that keeps both orders
 * (patience sorting), then aligns each gap between two anchors on its own.
 */
function alignByAnchors(
  a: readonly number[],
  aStart: number,
  aEnd: number,
  b: readonly number[],
  bStart: number,
  bEnd: number,
  out: Edit[],
): void {
  const countA = new Map<number, number>()
  for (let i = aStart; i < aEnd; i++)
    countA.set(a[i] as number, (countA.get(a[i] as number) ?? 0) + 1)
  const onceInB = new Map<number, number>()
  const seenTwice = new Set<number>()
  for (let j = bStart; j < bEnd; j++) {
    const id = b[j] as number
    if (onceInB.has(id)) seenTwice.add(id)
    else onceInB.set(id, j)
  }
  const pairs: [number, number][] = []
  for (let i = aStart; i < aEnd; i++) {
    const id = a[i] as number
    const j = onceInB.get(id)
    if (j !== undefined && countA.get(id) === 1 && !seenTwice.has(id)) pairs.push([i, j])
  }
  const chain = longestIncreasing(pairs)
  let i = aStart
  let j = bStart
  for (const [ai, bj] of chain) {
    align(a, i, ai, b, j, bj, out, false)
    out.push('keep')
    i = ai + 1
    j = bj + 1
  }
  align(a, i, aEnd, b, j, bEnd, out, false)
}

/** The longest subsequence of `pairs` (sorted by first index) whose second indices increase. */
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = []
  const previous = new Int32Array(pairs.length).fill(-1)
  for (let p = 0; p < pairs.length; p++) {
    const value = (pairs[p] as [number, number])[1]
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((pairs[tails[mid] as number] as [number, number])[1] < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[p] = tails[low - 1] as number
    tails[low] = p
  }
  const chain: [number, number][] = []
  for (
    let p = tails.length === 0 ? -1 : (tails[tails.length - 1] as number);
    p !== -1;
    p = previous[p] as number
  ) {
    chain.push(pairs[p] as [number, number])
  }
  return chain.reverse()
}
