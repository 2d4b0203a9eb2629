/**
 * The core benchmark (issue 2): `stableStringify` against JSON.stringify and the canonical
 * serializers, `deepEqual` against fast-deep-equal and the other equalities, on JSON records,
 * Map/Set-heavy data and data that only the slow path can print. Every candidate is validated
 * before it is timed; our own functions must pass every check or the run stops.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { isDeepStrictEqual } from 'node:util'
import { equals as jestEquals, iterableEquality as jestIterableEquality } from '@jest/expect-utils'
import { equals as vitestEquals, iterableEquality as vitestIterableEquality } from '@vitest/expect'
import { dequal } from 'dequal'
import fastDeepEqual from 'fast-deep-equal/es6/index.js'
import fastJsonStableStringify from 'fast-json-stable-stringify'
import jsonStableStringify from 'json-stable-stringify'
import { stringify as safeStableStringify } from 'safe-stable-stringify'
import { normalize } from '../src/core/canonical/normalize'
import { deepEqual } from '../src/core/equality/deepEqual'
import { printCanonical } from '../src/core/text/printCanonical'
import { stableStringify } from '../src/core/text/stableStringify'
import {
  exoticRecords,
  mapSetData,
  mixedRecords,
  records,
  reordered,
  sameOrderCopy,
  sortKeysDeep,
  toJsonEquivalent,
  type UserRecord,
} from './data'
import {
  fittedExponent,
  formatMs,
  formatRatio,
  hasGc,
  measure,
  QUICK,
  table,
  type MeasureOptions,
  type Timing,
} from './measure'

const SIZES = QUICK ? [1e3, 1e4] : [1e3, 1e4, 1e5]
// Validation runs every candidate three more times; at 1e5 that costs more than it tells.
const VALIDATE_UP_TO = 1e4
const OPTIONS: MeasureOptions = QUICK
  ? { rounds: 2, minRoundMs: 20, warmup: 1, budgetMs: 300, minRounds: 1 }
  : { rounds: 5, minRoundMs: 50, warmup: 3, budgetMs: 2000, minRounds: 2 }

/** One input family, built per size: the value and an equal copy, plus the inputs of validation. */
interface Dataset {
  readonly title: string
  /** Whether JSON represents the data exactly, so canonical text must equal sorted-key JSON. */
  readonly exactJson: boolean
  /** What JSON-only serializers are given instead of the value (Maps and Sets have no JSON form). */
  readonly asJson?: (value: unknown) => unknown
  readonly note: string
  readonly sizes: readonly number[]
  /** Largest n at which the canonical peers are timed (they are shown for scale only). */
  readonly peersUpTo?: number
  /**
   * JSON records with a few values JSON cannot hold (issue 11): the indented table adds the
   * peers that indent and the general printer (the path such data took before), and equality is
   * not timed.
   */
  readonly mixed?: boolean
  build(n: number): Inputs
}

interface Inputs {
  readonly value: unknown
  /** Built separately in the same insertion order: the usual "two equal results" case. */
  readonly copy: unknown
  /** Built only for validation, so large sizes keep a smaller heap (GC time grows with it). */
  checks(): Checks
}

interface Checks {
  /** Keys, Map entries and Set members inserted in reverse order. */
  readonly reordered: unknown
  /** The same data with one leaf changed, deep inside the last record. */
  readonly changed: unknown
}

const JSON_RECORDS: Dataset = {
  title: 'JSON records',
  exactJson: true,
  note: 'records of 8 fields with a nested object and a small array; keys inserted unsorted.',
  sizes: SIZES,
  build(n) {
    const value = records(n)
    const checks = () => {
      const changed = sameOrderCopy(value)
      ;(changed[n - 1] as UserRecord).address.zip = '00000'
      return { reordered: reordered(value), changed }
    }
    return { value, copy: sameOrderCopy(value), checks }
  },
}

const MAP_SET: Dataset = {
  title: 'Map/Set-heavy data',
  exactJson: false,
  asJson: toJsonEquivalent,
  note:
    'a Map of n entries, each an object with a Set of roles, a Map of settings and a Set of ids, ' +
    'inserted in shuffled order. JSON.stringify and the JSON peers cannot print Maps and Sets, so ' +
    'they get the same content as plain objects and pre-sorted arrays (prepared before timing): ' +
    'a lower bound that does less work than ours. The peers, shown for scale, stop at n = 1e4 to ' +
    'keep the run short (their times at 1e5 on JSON records are above).',
  sizes: SIZES,
  peersUpTo: 1e4,
  build(n) {
    const value = mapSetData(n)
    const checks = () => {
      const changed = sameOrderCopy(value)
      const last = [...changed.values()].at(-1) as { settings: Map<string, unknown> }
      last.settings.set('pageSize', 1000)
      return { reordered: reordered(value), changed }
    }
    return { value, copy: sameOrderCopy(value), checks }
  },
}

const EXOTIC: Dataset = {
  title: 'slow path: records with -0, NaN and undefined',
  exactJson: false,
  note:
    'the JSON records plus `delta` (-0 in every 4th record), `ratio` (NaN in every 3rd) and ' +
    '`deletedAt: undefined`, added by a spread (the slow objects docs/benchmarks.md describes). ' +
    'JSON cannot hold these values: stableStringify prints each apart and splices it into the ' +
    'native text (before issue 11, the slow path); JSON-only serializers print -0 as 0, NaN as ' +
    'null and drop undefined. ' +
    'The changed copy turns the last -0 into 0 (stopped at n = 1e4 to keep the run short).',
  // The slow path at 1e5 is shown by the Map/Set data (a Map at the root); this adds lossy peers.
  sizes: SIZES.filter((n) => n <= 1e4),
  build(n) {
    const value = exoticRecords(n)
    const checks = () => {
      const changed = sameOrderCopy(value)
      const lastZero = changed.findLastIndex((record) => Object.is(record.delta, -0))
      ;(changed[lastZero] as Record<string, unknown>).delta = 0
      return { reordered: reordered(value), changed }
    }
    return { value, copy: sameOrderCopy(value), checks }
  },
}

/**
 * A dataset of issue 11's shapes: `change` alters, in a copy, one value in a way JSON cannot see
 * (a Date into its ISO text, an `undefined` property removed, a Map into a plain object, -0 into
 * 0), so lossy serializers show up in validation.
 */
function mixedDataset(
  title: string,
  note: string,
  build: (n: number) => Record<string, unknown>[],
  change: (copy: Record<string, unknown>[]) => void,
  asJson?: (value: unknown) => unknown,
): Dataset {
  return {
    title,
    exactJson: false,
    mixed: true,
    note,
    sizes: SIZES,
    ...(asJson === undefined ? {} : { asJson }),
    build(n) {
      const value = build(n)
      const checks = () => {
        const changed = sameOrderCopy(value)
        change(changed)
        return { reordered: reordered(value), changed }
      }
      return { value, copy: sameOrderCopy(value), checks }
    },
  }
}

const last = <T>(items: readonly T[], test: (item: T) => boolean): T =>
  items[items.findLastIndex(test)] as T

const MIXED: readonly Dataset[] = [
  mixedDataset(
    'mixed: a Date in every record',
    'the JSON records with `createdAt` a Date (ORM rows). JSON-only serializers print a Date as ' +
      'its ISO text (lossy: a Date and its text print alike); the changed copy turns the last ' +
      'Date into its text.',
    mixedRecords.dates,
    (copy) => {
      const record = copy[copy.length - 1] as Record<string, unknown>
      record.createdAt = (record.createdAt as Date).toISOString()
    },
  ),
  mixedDataset(
    'mixed: `undefined` in every other record',
    'the JSON records with an optional `nickname`, `undefined` in every other record. JSON-only ' +
      'serializers drop it (lossy); the changed copy deletes the last `undefined` property.',
    mixedRecords.optional,
    (copy) => {
      delete last(copy, (record) => 'nickname' in record && record.nickname === undefined).nickname
    },
  ),
  mixedDataset(
    'mixed: a small Map in every record',
    'the JSON records with `settings`, a Map of three primitive entries. JSON-only serializers get ' +
      'the same content with each Map as a plain object (prepared before timing), so a Map and ' +
      'an object print alike (lossy); the changed copy turns the last Map into a plain object.',
    mixedRecords.maps,
    (copy) => {
      const record = copy[copy.length - 1] as Record<string, unknown>
      record.settings = Object.fromEntries(record.settings as Map<string, unknown>)
    },
    toJsonEquivalent,
  ),
  mixedDataset(
    'mixed: plain JSON but one -0',
    "the JSON records with the middle record's score -0. JSON-only serializers print 0 (lossy); " +
      'the changed copy turns it into 0.',
    mixedRecords.negativeZero,
    (copy) => {
      ;(copy[copy.length >> 1] as Record<string, unknown>).score = 0
    },
  ),
]

interface Serializer {
  readonly name: string
  readonly print: (value: unknown) => string | undefined
  /** Ours: gets the real value, never the JSON equivalent; must pass every check. */
  readonly ours?: boolean
  /** Canonical serializers promise the same text whatever the insertion order. */
  readonly canonical: boolean
  /** Largest n it is timed at (a slow row for scale need not cost seconds per call). */
  readonly maxN?: number
}

const INDENTED: readonly Serializer[] = [
  {
    name: '`JSON.stringify(v, null, 2)`',
    print: (v) => JSON.stringify(v, null, 2),
    canonical: false,
  },
  {
    name: '**`stableStringify(v)`**',
    print: (v) => stableStringify(v),
    ours: true,
    canonical: true,
  },
]

// The slow path on JSON data: what the fast path saves.
const SLOW_PATH: Serializer = {
  name: '`printCanonical(normalize(v), 2)` (our slow path)',
  print: (v) => printCanonical(normalize(v), 2),
  ours: true,
  canonical: true,
  maxN: 1e4,
}

// The general printer on any data: on mixed records, the path stableStringify took before issue 11.
const GENERAL: Serializer = {
  name: '`printCanonical(normalize(v), 2)` (general printer: the path before)',
  print: (v) => printCanonical(normalize(v), 2),
  ours: true,
  canonical: true,
}

// Canonical peers that can indent, beside ours on mixed records.
const INDENTED_PEERS: readonly Serializer[] = [
  {
    name: 'safe-stable-stringify `(v, null, 2)`',
    print: (v) => safeStableStringify(v, null, 2),
    canonical: true,
  },
  {
    name: 'json-stable-stringify `{ space: 2 }`',
    print: (v) => jsonStableStringify(v, { space: 2 }),
    canonical: true,
  },
]

const COMPACT: readonly Serializer[] = [
  { name: '`JSON.stringify(v)`', print: (v) => JSON.stringify(v), canonical: false },
  {
    name: '**`stableStringify(v, { indent: 0 })`**',
    print: (v) => stableStringify(v, { indent: 0 }),
    ours: true,
    canonical: true,
  },
  { name: 'safe-stable-stringify', print: (v) => safeStableStringify(v), canonical: true },
  { name: 'fast-json-stable-stringify', print: (v) => fastJsonStableStringify(v), canonical: true },
  { name: 'json-stable-stringify', print: (v) => jsonStableStringify(v), canonical: true },
]

interface Equality {
  readonly name: string
  readonly equal: (a: unknown, b: unknown) => boolean
  readonly ours?: boolean
}

const EQUALITIES: readonly Equality[] = [
  { name: 'fast-deep-equal (es6)', equal: fastDeepEqual },
  { name: '**`deepEqual`**', equal: deepEqual, ours: true },
  { name: 'dequal', equal: dequal },
  { name: '`util.isDeepStrictEqual`', equal: isDeepStrictEqual },
  // With `iterableEquality`, as their `toEqual` calls it: without it Maps and Sets compare as `{}`.
  {
    name: 'Jest `equals` (as `toEqual`)',
    equal: (a, b) => jestEquals(a, b, [jestIterableEquality]),
  },
  {
    name: 'Vitest `equals` (as `toEqual`)',
    equal: (a, b) => vitestEquals(a, b, [vitestIterableEquality]),
  },
]

/** Timings of one table: per candidate, per size. */
type Grid = Map<string, Map<number, Timing>>

/** Problems found by validation, per candidate name (a Set: one line per kind of problem). */
type Findings = Map<string, Set<string>>

function note(findings: Findings, name: string, problem: string, ours: boolean | undefined): void {
  if (ours) throw new Error(`bench: ${name} failed validation: ${problem}`)
  let set = findings.get(name)
  if (set === undefined) findings.set(name, (set = new Set()))
  set.add(problem)
}

/** What a serializer is given: ours the real value, JSON-only ones the JSON equivalent if any. */
function feedFor(dataset: Dataset, s: Serializer): (value: unknown) => unknown {
  const asJson = dataset.asJson
  return s.ours || asJson === undefined ? (value) => value : asJson
}

function validateSerializers(
  dataset: Dataset,
  inputs: Inputs,
  checks: Checks,
  serializers: readonly Serializer[],
  indent: number,
  findings: Findings,
): void {
  for (const s of serializers) {
    const feed = feedFor(dataset, s)
    const text = s.print(feed(inputs.value))
    if (s.canonical && s.print(feed(checks.reordered)) !== text) {
      note(findings, s.name, 'different text for a reordered copy', s.ours)
    }
    if (s.print(feed(checks.changed)) === text) {
      note(findings, s.name, 'same text after a one-leaf change (lossy)', s.ours)
    }
    // Ours on other data: exactly the general printer's text (the fast paths change no byte).
    if (s.ours && !dataset.exactJson && text !== printCanonical(normalize(inputs.value), indent)) {
      note(findings, s.name, 'text differs from the general printer', s.ours)
    }
    // On JSON data (or its JSON equivalent) canonical text is exactly the sorted-key JSON.
    if (s.canonical && (dataset.exactJson || (!s.ours && dataset.asJson !== undefined))) {
      const expected = JSON.stringify(sortKeysDeep(feed(inputs.value)), null, indent)
      if (text !== expected) note(findings, s.name, 'text is not the sorted-key JSON', s.ours)
    }
  }
}

function validateEqualities(inputs: Inputs, checks: Checks, findings: Findings): void {
  for (const e of EQUALITIES) {
    if (!e.equal(inputs.value, inputs.copy)) {
      note(findings, e.name, 'false for an equal copy', e.ours)
    }
    if (!e.equal(inputs.value, checks.reordered)) {
      note(findings, e.name, 'false for a reordered equal copy', e.ours)
    }
    if (e.equal(inputs.value, checks.changed)) {
      note(findings, e.name, 'true after a one-leaf change', e.ours)
    }
  }
}

function record(grid: Grid, n: number, timings: readonly Timing[]): void {
  for (const timing of timings) {
    let row = grid.get(timing.name)
    if (row === undefined) grid.set(timing.name, (row = new Map()))
    row.set(n, timing)
  }
}

interface DatasetResult {
  readonly dataset: Dataset
  readonly indented: Grid
  readonly compact: Grid
  readonly equality: Grid
  readonly findings: Findings
}

function runDataset(dataset: Dataset, log: (line: string) => void): DatasetResult {
  const result: DatasetResult = {
    dataset,
    indented: new Map(),
    compact: new Map(),
    equality: new Map(),
    findings: new Map(),
  }
  const indented =
    dataset === JSON_RECORDS
      ? [...INDENTED, SLOW_PATH]
      : dataset.mixed
        ? [...INDENTED, ...INDENTED_PEERS, GENERAL]
        : INDENTED
  for (const n of dataset.sizes) {
    const started = performance.now()
    const inputs = dataset.build(n)
    if (n <= VALIDATE_UP_TO) {
      const checks = inputs.checks()
      validateSerializers(dataset, inputs, checks, indented, 2, result.findings)
      validateSerializers(dataset, inputs, checks, COMPACT, 0, result.findings)
      if (!dataset.mixed) validateEqualities(inputs, checks, result.findings)
    }
    // The JSON equivalent is prepared once, outside the timed calls.
    const json = dataset.asJson?.(inputs.value) ?? inputs.value
    const printing = (serializers: readonly Serializer[]) =>
      serializers.map((s) => {
        const input = s.ours ? inputs.value : json
        return { name: s.name, fn: () => s.print(input) }
      })
    const timedIndented = indented.filter((s) => n <= (s.maxN ?? Infinity))
    record(result.indented, n, measure(printing(timedIndented), OPTIONS))
    const peersUpTo = dataset.peersUpTo ?? Infinity
    const timedCompact = COMPACT.filter((s) => s.ours || !s.canonical || n <= peersUpTo)
    record(result.compact, n, measure(printing(timedCompact), OPTIONS))
    const { value, copy } = inputs
    if (!dataset.mixed) {
      const comparing = EQUALITIES.map((e) => ({ name: e.name, fn: () => e.equal(value, copy) }))
      record(result.equality, n, measure(comparing, OPTIONS))
    }
    log(`core: ${dataset.title}, n = ${n}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  return result
}

/** `1e4` for 10000. */
const sizeLabel = (n: number): string => n.toExponential(0).replace('+', '')

const best = (grid: Grid, name: string, n: number): number =>
  grid.get(name)?.get(n)?.best ?? Number.NaN

function exponentOf(grid: Grid, name: string, sizes: readonly number[] = SIZES): number {
  const points = sizes
    .map((n) => ({ n, ms: best(grid, name, n) }))
    .filter((point) => !Number.isNaN(point.ms))
  return points.length < 2 ? Number.NaN : fittedExponent(points)
}

/** Rows of ms and ratio to the first candidate (the reference), plus the fitted exponent. */
function gridTable(grid: Grid, findings: Findings, sizes: readonly number[]): string {
  const names = [...grid.keys()]
  const reference = names[0] as string
  const rows = names.map((name) => {
    const cells = sizes.map((n) => {
      const ms = best(grid, name, n)
      if (Number.isNaN(ms)) return '–'
      return `${formatMs(ms)} ms · ${formatRatio(ms / best(grid, reference, n))}`
    })
    const flag = findings.has(name) ? ' ⚠' : ''
    return [name + flag, ...cells, exponentOf(grid, name, sizes).toFixed(2)]
  })
  return table(['', ...sizes.map((n) => `n = ${sizeLabel(n)}`), 'exponent'], rows)
}

function findingsList(findings: Findings): string {
  if (findings.size === 0) return 'Validation: every candidate passed every check.'
  const lines = [...findings].map(([name, problems]) => `- ⚠ ${name}: ${[...problems].join('; ')}.`)
  return ['Validation found wrong results (they are still timed, for scale):', ...lines].join('\n')
}

function rawTable(results: readonly DatasetResult[]): string {
  const rows: string[][] = []
  for (const r of results) {
    const grids = [
      ['indented', r.indented],
      ['compact', r.compact],
      ['equality', r.equality],
    ] as const
    for (const [kind, grid] of grids) {
      for (const [name, row] of grid) {
        for (const [n, t] of row) {
          const times = [formatMs(t.best), formatMs(t.median), String(t.reps)]
          rows.push([r.dataset.title, kind, name, String(n), ...times])
        }
      }
    }
  }
  return table(['data', 'table', 'candidate', 'n', 'best ms', 'median ms', 'calls/round'], rows)
}

interface Target {
  readonly text: string
  readonly measured: string
  readonly met: boolean
}

function targets(r: DatasetResult): Target[] {
  const big = SIZES.filter((n) => n >= 1e4)
  const ours = {
    indented: INDENTED[1]!.name,
    compact: COMPACT[1]!.name,
    equal: EQUALITIES[1]!.name,
  }
  const refs = {
    indented: INDENTED[0]!.name,
    compact: COMPACT[0]!.name,
    equal: EQUALITIES[0]!.name,
  }
  const ratioAt = (grid: Grid, name: string, ref: string) => (n: number) =>
    best(grid, name, n) / best(grid, ref, n)
  const list = (values: readonly number[], sizes: readonly number[]) =>
    values.map((v, i) => `${formatRatio(v)} at ${sizeLabel(sizes[i] as number)}`).join(', ')

  const indented = big.map(ratioAt(r.indented, ours.indented, refs.indented))
  const compact = big.map(ratioAt(r.compact, ours.compact, refs.compact))
  const peers = COMPACT.filter((s) => s.canonical && !s.ours)
  const margins = SIZES.map((n) =>
    Math.min(...peers.map((p) => best(r.compact, p.name, n) / best(r.compact, ours.compact, n))),
  )
  const equal = SIZES.map(ratioAt(r.equality, ours.equal, refs.equal))
  const exponents = [
    ['stableStringify', exponentOf(r.indented, ours.indented)],
    ['compact', exponentOf(r.compact, ours.compact)],
    ['deepEqual', exponentOf(r.equality, ours.equal)],
  ] as const
  const references =
    `JSON.stringify ${exponentOf(r.indented, refs.indented).toFixed(2)}, ` +
    `fast-deep-equal ${exponentOf(r.equality, refs.equal).toFixed(2)}`
  return [
    {
      text: '`stableStringify(v)` ≤ 2x `JSON.stringify(v, null, 2)` at n = 1e4 and 1e5',
      measured: list(indented, big),
      met: indented.every((x) => x <= 2),
    },
    {
      text: '`stableStringify(v, { indent: 0 })` ≤ 2x `JSON.stringify(v)` at n = 1e4 and 1e5',
      measured: list(compact, big),
      met: compact.every((x) => x <= 2),
    },
    {
      text: 'compact `stableStringify` faster than every canonical peer from n = 1e3 (closest peer ÷ ours)',
      measured: list(margins, SIZES),
      met: margins.every((x) => x > 1),
    },
    {
      text: '`deepEqual` ≤ 1.5x fast-deep-equal (equal copies, full traversal)',
      measured: list(equal, SIZES),
      met: equal.every((x) => x <= 1.5),
    },
    {
      text: 'linear in n: fitted exponent ≤ 1.1',
      measured: `${exponents.map(([name, e]) => `${name} ${e.toFixed(2)}`).join(', ')} (${references})`,
      met: exponents.every(([, e]) => e <= 1.1),
    },
  ]
}

/**
 * Issue 11's targets on one mixed dataset, at n = 1e4 and 1e5: at most 2.5x
 * `JSON.stringify(v, null, 2)`, and at most half the time of safe-stable-stringify, indented and
 * compact alike.
 */
function mixedTargets(r: DatasetResult): Target[] {
  const big = r.dataset.sizes.filter((n) => n >= 1e4)
  const list = (values: readonly number[]) =>
    values.map((v, i) => `${formatRatio(v)} at ${sizeLabel(big[i] as number)}`).join(', ')
  const ratio = (grid: Grid, name: string, ref: string) =>
    big.map((n) => best(grid, name, n) / best(grid, ref, n))
  const toJson = ratio(r.indented, INDENTED[1]!.name, INDENTED[0]!.name)
  const toSafe = ratio(r.indented, INDENTED[1]!.name, INDENTED_PEERS[0]!.name)
  const toSafeCompact = ratio(r.compact, COMPACT[1]!.name, COMPACT[2]!.name)
  const before = ratio(r.indented, GENERAL.name, INDENTED[0]!.name)
  return [
    {
      text: `${r.dataset.title}: \`stableStringify(v)\` ≤ 2.5x \`JSON.stringify(v, null, 2)\` (before: the general printer, ${list(before)})`,
      measured: list(toJson),
      met: toJson.every((x) => x <= 2.5),
    },
    {
      text: `${r.dataset.title}: ≤ 0.5x safe-stable-stringify, indented and compact`,
      measured: `${list(toSafe)}; compact ${list(toSafeCompact)}`,
      met: [...toSafe, ...toSafeCompact].every((x) => x <= 0.5),
    },
  ]
}

function datasetSection(r: DatasetResult): string {
  const title = r.dataset.title
  const sizes = r.dataset.sizes
  return [
    `### ${title[0]!.toUpperCase()}${title.slice(1)}`,
    '',
    `Data: ${r.dataset.note}`,
    '',
    'Indented, ratios to `JSON.stringify(v, null, 2)`:',
    '',
    gridTable(r.indented, r.findings, sizes),
    '',
    'Compact, ratios to `JSON.stringify(v)`:',
    '',
    gridTable(r.compact, r.findings, sizes),
    '',
    ...(r.dataset.mixed
      ? []
      : [
          'Equality of two separately built equal copies, ratios to fast-deep-equal:',
          '',
          gridTable(r.equality, r.findings, sizes),
          '',
        ]),
    findingsList(r.findings),
  ].join('\n')
}

/** Runs the core benchmark and returns its section of `bench/RESULTS.md`. */
export async function run(): Promise<string> {
  const log = (line: string) => process.stderr.write(`${line}\n`)
  if (!hasGc)
    log('core: run with --expose-gc (npm run bench does) to separate rounds by a collection')
  const loadBefore = os.loadavg()[0] as number
  const results = [JSON_RECORDS, ...MIXED, MAP_SET, EXOTIC].map((dataset) =>
    runDataset(dataset, log),
  )
  // Other processes on the machine skew the figures; the load average says how much to trust them.
  const loadAfter = os.loadavg()[0] as number
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`
  const goals = targets(results[0]!)
  const mode = QUICK ? ' **Quick mode: figures not for the record.**' : ''
  const method =
    `Timings are per call, the best of up to ${OPTIONS.rounds} rounds (at least ` +
    `${OPTIONS.minRounds}; fast calls repeated to fill ${OPTIONS.minRoundMs} ms per round), ` +
    'candidates interleaved round by round with a full GC between rounds and a minor GC before ' +
    'each candidate; ratios are to the first row of each table, at the same n. The exponent is ' +
    'the least-squares slope of log(time) against log(n) (1 = linear). ⚠ marks a candidate that ' +
    `gave a wrong result in validation (done at n ≤ ${sizeLabel(VALIDATE_UP_TO)} before timing).`
  return [
    '## Core: `stableStringify` and `deepEqual`',
    '',
    `Command: \`npm run bench\` · Node ${process.version} · ${process.platform} ${process.arch} · ` +
      `${os.cpus().length} CPUs · ${load}.`,
    '',
    method + mode,
    '',
    '### Targets (JSON records)',
    '',
    table(
      ['target', 'measured', ''],
      goals.map((g) => [g.text, g.measured, g.met ? 'met' : '**not met**']),
    ),
    '',
    '### Targets (mixed records, issue 11)',
    '',
    table(
      ['target', 'measured', ''],
      results
        .filter((r) => r.dataset.mixed)
        .flatMap(mixedTargets)
        .map((g) => [g.text, g.measured, g.met ? 'met' : '**not met**']),
    ),
    '',
    ...results.flatMap((r) => [datasetSection(r), '']),
    '<details><summary>All timings (best and median per call)</summary>',
    '',
    rawTable(results),
    '',
    '</details>',
  ].join('\n')
}
