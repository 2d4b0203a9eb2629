/**
 * The toEqualUnordered benchmark (issue 3): shuffled arrays of n records, flat (only the top level
 * shuffled) and nested (every record's `tags` shuffled too), against the peers users reach for:
 * jest-extended `toIncludeSameMembers`, chai with deep-equal-in-any-order, `expect.arrayContaining`
 * plus a length check, and the runner's ordered `toEqual` on identical order (the floor: what any
 * comparison costs). All matchers run in the standalone `expect` package (Jest's `expect`).
 *
 * Every candidate is validated before it is timed: it must pass on the equal input and fail on a
 * copy with one changed leaf. A peer that gets either wrong is reported as "wrong", not timed. A
 * peer predicted (from the smaller sizes) to need more than about 20 s per call is skipped.
 *
 * The rows with asymmetric matchers in every expected element (issue 11) live in
 * `unorderedMatchers.ts` and print after these.
 *
 * Standalone: `node --expose-gc --import tsx bench/unordered.ts` prints the markdown table;
 * `bench/index.ts` imports `run()`.
 */
import { pathToFileURL } from 'node:url'
import * as chai from 'chai'
// @ts-expect-error the package ships no types
import deepEqualInAnyOrder from 'deep-equal-in-any-order'
import { expect as jestExpect } from 'expect'
import { toIncludeSameMembers } from 'jest-extended'
import { performance } from 'node:perf_hooks'
import { toEqualUnordered } from '../matchers/toEqualUnordered'
import { prng, records, sameOrderCopy, type UserRecord } from './data'
import { runMatcherShapes } from './unorderedMatchers'
import {
  fittedExponent,
  formatMs,
  formatRatio,
  MATCHER_OPTIONS,
  hasGc,
  measure,
  QUICK,
  SKIP_PEER_MS,
  SLOW_PEER_MS,
  table,
} from './measure'

const SIZES = QUICK ? [1e3, 1e4] : [1e3, 1e4, 1e5]
const OPTIONS = MATCHER_OPTIONS
const SKIP_MS = SKIP_PEER_MS
const SLOW_MS = SLOW_PEER_MS

jestExpect.extend({ toEqualUnordered, toIncludeSameMembers } as never)
chai.use(deepEqualInAnyOrder as never)

type Assertion = (received: unknown[], expected: unknown[]) => void
interface Peer {
  readonly name: string
  /** Whether the peer ignores the order of nested arrays (the nested family needs it). */
  readonly deep: boolean
  readonly assert: Assertion
}

const loose = (value: unknown) =>
  jestExpect(value) as unknown as Record<string, (...args: unknown[]) => void>
const PEERS: readonly Peer[] = [
  { name: 'toEqualUnordered', deep: true, assert: (r, e) => loose(r).toEqualUnordered!(e) },
  {
    name: 'jest-extended toIncludeSameMembers',
    deep: false,
    assert: (r, e) => loose(r).toIncludeSameMembers!(e),
  },
  {
    name: 'chai deep-equal-in-any-order',
    deep: true,
    assert: (r, e) =>
      (chai.expect(r).to.deep as unknown as { equalInAnyOrder(x: unknown): void }).equalInAnyOrder(
        e,
      ),
  },
  {
    name: 'arrayContaining + length',
    deep: false,
    assert: (r, e) => {
      jestExpect(r).toHaveLength(e.length)
      jestExpect(r).toEqual(jestExpect.arrayContaining(e))
    },
  },
]
const FLOOR = 'toEqual, same order (floor)'

/** A copy in a seeded random order; with `nested`, every record's tags are shuffled too. */
function shuffled(items: readonly UserRecord[], seed: number, nested: boolean): UserRecord[] {
  const random = prng(seed)
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[xs[i], xs[j]] = [xs[j] as T, xs[i] as T]
    }
    return xs
  }
  const copy = sameOrderCopy(items as UserRecord[])
  if (nested) for (const record of copy) record.tags = shuffle(record.tags)
  return shuffle(copy)
}

function fails(fn: () => void): boolean {
  try {
    fn()
    return false
  } catch {
    return true
  }
}

interface Cell {
  readonly ms?: number
  readonly note?: string
}

interface Family {
  readonly title: string
  readonly nested: boolean
}

export async function run(): Promise<string> {
  const families: Family[] = [
    { title: 'flat (top level shuffled)', nested: false },
    { title: 'nested (tags shuffled too)', nested: true },
  ]
  const sections: string[] = []
  const verdicts: string[] = []
  for (const family of families) {
    const rows: string[][] = []
    const history = new Map<string, { n: number; ms: number }[]>()
    const oursAt = new Map<
      number,
      { pass: number; fail: number; floor: number; fastestPeer?: { name: string; ms: number } }
    >()
    for (const n of SIZES) {
      const base = records(n)
      // Nested records carry a few more tags, so that their order has something to shuffle.
      if (family.nested)
        for (const record of base) record.tags.push(`t${record.id % 5}`, `u${record.id % 3}`)
      const expected = family.nested ? shuffled(base, 2, true) : sameOrderCopy(base)
      const received = shuffled(expected, 3, family.nested)
      const changed = shuffled(expected, 3, family.nested)
      const victim = changed.find((r) => r.id === Math.floor(n / 2)) as UserRecord
      victim.address.city = 'Nowhere'
      const identical = sameOrderCopy(expected)
      const cells = new Map<string, Cell>()

      const timeOne = (name: string, fn: () => void): Cell => {
        const past = history.get(name) ?? []
        const predicted = predict(past, n)
        if (predicted > SKIP_MS)
          return { note: `skipped (~${Math.round(predicted / 1000)} s predicted)` }
        let ms: number
        if (predicted > SLOW_MS) {
          const start = performance.now()
          fn()
          ms = performance.now() - start
        } else {
          ms = (measure([{ name, fn }], OPTIONS)[0] as { best: number }).best
        }
        history.set(name, [...past, { n, ms }])
        return { ms }
      }

      // The floor: ordered toEqual on identical order.
      if (fails(() => jestExpect(identical).toEqual(expected)))
        throw new Error('bench: toEqual floor failed')
      cells.set(
        FLOOR,
        timeOne(FLOOR, () => jestExpect(identical).toEqual(expected)),
      )

      for (const peer of PEERS) {
        if (family.nested && !peer.deep) {
          cells.set(peer.name, { note: 'wrong (compares nested arrays in order)' })
          continue
        }
        const predicted = predict(history.get(peer.name) ?? [], n)
        if (predicted > SKIP_MS) {
          cells.set(peer.name, { note: `skipped (~${Math.round(predicted / 1000)} s predicted)` })
          continue
        }
        // Validate before timing: pass on the shuffled copy, fail on the changed one.
        const passStart = performance.now()
        const passOk = !fails(() => peer.assert(received, expected))
        const firstMs = performance.now() - passStart
        const failOk = passOk && fails(() => peer.assert(changed, expected))
        if (!passOk || !failOk) {
          cells.set(peer.name, {
            note: passOk ? 'wrong (passed a changed leaf)' : 'wrong (failed equal data)',
          })
          continue
        }
        if (firstMs > SLOW_MS) {
          history.set(peer.name, [...(history.get(peer.name) ?? []), { n, ms: firstMs }])
          cells.set(peer.name, { ms: firstMs })
        } else {
          cells.set(
            peer.name,
            timeOne(peer.name, () => peer.assert(received, expected)),
          )
        }
      }

      // A mismatch must be reported (message built) in about the time of a pass.
      const failing = (): void => {
        try {
          loose(changed).toEqualUnordered!(expected)
        } catch (error) {
          if (!(error instanceof Error) || !error.message.includes('Nowhere'))
            throw new Error('bench: wrong report', { cause: error })
          return
        }
        throw new Error('bench: the changed leaf went unnoticed')
      }
      failing()
      const failCell = timeOne('toEqualUnordered, failing + message', failing)

      const ours = cells.get('toEqualUnordered')?.ms as number
      const floor = cells.get(FLOOR)?.ms as number
      const peerTimes = PEERS.slice(1)
        .map((p) => ({ name: p.name, ms: cells.get(p.name)?.ms }))
        .filter((p): p is { name: string; ms: number } => p.ms !== undefined)
        .sort((a, b) => a.ms - b.ms)
      oursAt.set(n, { pass: ours, fail: failCell.ms ?? NaN, floor, fastestPeer: peerTimes[0] })
      const show = (cell: Cell | undefined): string =>
        cell?.ms !== undefined ? formatMs(cell.ms) : (cell?.note ?? 'n/a')
      rows.push([
        n.toLocaleString('en-US'),
        show(cells.get(FLOOR)),
        show(cells.get('toEqualUnordered')),
        show(failCell),
        ...PEERS.slice(1).map((p) => show(cells.get(p.name))),
        formatRatio(ours / floor),
        peerTimes[0] === undefined ? 'n/a' : formatRatio(peerTimes[0].ms / ours),
      ])
      process.stderr.write(`bench unordered: ${family.title} n=${n} done\n`)
    }
    const exponent = fittedExponent(SIZES.map((n) => ({ n, ms: oursAt.get(n)?.pass as number })))
    const floorExponent = fittedExponent(
      SIZES.map((n) => ({ n, ms: oursAt.get(n)?.floor as number })),
    )
    const peerExponents = PEERS.slice(1)
      .map((p) => ({ name: p.name, points: history.get(p.name) ?? [] }))
      .filter((p) => p.points.length >= 2)
      .map((p) => `${p.name} ${fittedExponent(p.points).toFixed(2)}`)
    sections.push(
      [
        `#### ${family.title}`,
        '',
        table(
          [
            'n',
            `${FLOOR} (ms)`,
            'toEqualUnordered (ms)',
            'toEqualUnordered failing, message built (ms)',
            ...PEERS.slice(1).map((p) => `${p.name} (ms)`),
            'ours / floor',
            'fastest correct peer / ours',
          ],
          rows,
        ),
        '',
        `Fitted exponent of toEqualUnordered: ${exponent.toFixed(2)}; of the ordered floor: ${floorExponent.toFixed(2)}` +
          (peerExponents.length > 0 ? ` (peers: ${peerExponents.join(', ')}).` : '.'),
      ].join('\n'),
    )
    const at = oursAt.get(1e4)
    if (at !== undefined) {
      const speedup = at.fastestPeer === undefined ? Infinity : at.fastestPeer.ms / at.pass
      verdicts.push(
        `- ${family.title}: exponent ${exponent.toFixed(2)} (target ≤ 1.2: ${Number(exponent.toFixed(2)) <= 1.2 ? 'met' : 'NOT met'}); ` +
          `${formatRatio(at.pass / at.floor)} the floor at 1e4 (target ≤ 3x: ${at.pass / at.floor <= 3 ? 'met' : 'NOT met'}); ` +
          (at.fastestPeer === undefined
            ? 'no correct peer at 1e4.'
            : `${formatRatio(speedup)} faster than the fastest correct peer (${at.fastestPeer.name}) at 1e4 (target ≥ 10x: ${speedup >= 10 ? 'met' : 'NOT met'}).`),
      )
    }
    const big = oursAt.get(1e5)
    if (big !== undefined) {
      verdicts.push(
        `- ${family.title}: at 1e5 a failing assertion with its message takes ${formatRatio(big.fail / big.pass)} the time of a pass.`,
      )
    }
  }
  const matchers = runMatcherShapes()
  return [
    '### toEqualUnordered: shuffled records',
    '',
    'Records of 8 fields with a nested object and a `tags` array (`bench/data.ts`), compared with a copy',
    'in another order. Every matcher runs in the standalone `expect` package (Jest 30 equality). Best',
    'of the rounds per assertion; slow peers are timed once. Each peer is validated first (pass on the',
    'shuffled copy, fail on one changed leaf); "wrong" means it failed that check.',
    hasGc ? '' : '\n(Run without --expose-gc: rounds were not separated by a collection.)\n',
    ...sections.flatMap((s) => [s, '']),
    'Targets (issue 3):',
    '',
    ...verdicts,
    '',
    matchers.section,
    'Targets (issue 11):',
    '',
    ...matchers.verdicts,
  ].join('\n')
}

/** Predicted time at `n` from earlier sizes: the fitted exponent of the last two, else quadratic. */
function predict(points: readonly { n: number; ms: number }[], n: number): number {
  const last = points.at(-1)
  if (last === undefined) return 0
  const before = points.at(-2)
  const exponent =
    before === undefined
      ? 2
      : Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.n / before.n))
  return last.ms * (n / last.n) ** exponent
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await run()}\n`)
}
