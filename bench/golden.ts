/**
 * The golden mismatch benchmark (issue 11, "Bound the golden mismatch diff"): a golden file of n
 * JSON records against a value where most lines changed (the same records drawn from another
 * seed: every record keeps its id, name and email and changes the rest). Timed side by side:
 *
 * - `stableStringify(value)`: the serialisation every assertion pays, the reference;
 * - the failure message alone (`message()` of the matcher's result: the first difference and a
 *   line diff that stops after 200 changed lines);
 * - the whole failing assertion through the standalone `expect` (serialise, read the golden,
 *   compare, build the message);
 * - the runners' `diff` of the two texts (jest-diff, what the message used before), at a small
 *   n only: it is quadratic in the changed lines (13 s at 2e4 records in issue 11).
 *
 * Standalone: `node --expose-gc --import tsx bench/golden.ts` prints the markdown table;
 * `bench/index.ts` imports `run()`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect as jestExpect } from 'expect'
import { diff } from 'jest-diff'
import * as matcherUtils from 'jest-matcher-utils'
import type { MatcherContext, MatcherResult } from '../matchers/context'
import { toMatchGoldenSorted } from '../matchers/toMatchGoldenSorted'
import { stableStringify } from '../src/core/text/stableStringify'
import { startGoldenSession } from '../src/golden/goldenRegistry'
import { records } from './data'
import { formatMs, formatRatio, hasGc, measure, QUICK, table, type MeasureOptions } from './measure'

const SIZES = QUICK ? [2e3, 2e4] : [2e4, 2e5]
const PEER_SIZE = 2e3
const OPTIONS: MeasureOptions = QUICK
  ? { rounds: 2, minRoundMs: 20, warmup: 1, budgetMs: 500, minRounds: 1 }
  : { rounds: 5, minRoundMs: 100, warmup: 1, budgetMs: 8000, minRounds: 2 }
// The bound: the message within a few times the serialisation.
const BOUND = 3

// Inside the project: a golden `dir` outside it is refused.
const FOLDER = join(process.cwd(), '.tmp', 'bench-golden')
const NAME = 'records'

jestExpect.extend({ toMatchGoldenSorted } as never)
const expectGolden = (value: unknown) =>
  jestExpect(value) as unknown as { toMatchGoldenSorted(name: string, options: object): void }

/** The matcher's `this` as the standalone `expect` gives it, without the runner. */
const context = {
  isNot: false,
  promise: '',
  customTesters: [],
  equals: () => false,
  utils: { ...matcherUtils, diff },
} as unknown as MatcherContext

/** Writes the golden of `n` records and returns the changed value and the texts. */
function prepare(n: number) {
  const golden = stableStringify(records(n, 1))
  const changed = records(n, 2)
  rmSync(FOLDER, { recursive: true, force: true })
  mkdirSync(FOLDER, { recursive: true })
  writeFileSync(join(FOLDER, `${NAME}.json`), `${golden}\n`)
  return { golden, changed, text: stableStringify(changed) }
}

function failing(value: unknown): MatcherResult {
  // Every call is a new run: the same name twice in one run would be a GOLDEN_CONFLICT.
  startGoldenSession('')
  const result = toMatchGoldenSorted.call(context, value, NAME, { dir: FOLDER })
  if (result instanceof Promise || result.pass) throw new Error('bench: the golden did not fail')
  return result
}

/** Checks that the message is the bounded one before anything is timed. */
function validate(golden: string, text: string, value: unknown): void {
  const lines = { golden: golden.split('\n').length, text: text.split('\n').length }
  const message = failing(value).message()
  const changedLines = message.split('\n').filter((line) => /^[-+] {2}/.test(line)).length
  const cut =
    /… \d+ more changed lines not shown \(\d+ removed and \d+ added in all\)/.test(message) ||
    /… the diff stops after 200 changed lines; the golden has \d+ lines, the received text \d+/.test(
      message,
    )
  if (!cut) throw new Error('bench: the message was not cut')
  if (changedLines > 200) throw new Error(`bench: ${changedLines} changed lines printed`)
  if (!message.includes('First difference at $[0]'))
    throw new Error('bench: the message misses the first difference')
  process.stderr.write(`bench golden: ${lines.golden} golden lines, ${lines.text} received\n`)
}

interface Row {
  readonly n: number
  readonly lines: number
  readonly serialise: number
  readonly message: number
  readonly assertion: number
}

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const previous = process.env.EXPECT_DETERMINISTIC_UPDATE
  const pending = process.env.EXPECT_DETERMINISTIC_PENDING
  // Compare only: nothing is written, so every round sees the same golden.
  process.env.EXPECT_DETERMINISTIC_UPDATE = 'none'
  process.env.EXPECT_DETERMINISTIC_PENDING = 'never'
  const loadBefore = os.loadavg()[0] as number
  const rows: Row[] = []
  let peer: { n: number; ours: number; jestDiff: number } | undefined
  try {
    {
      const { golden, text } = prepare(PEER_SIZE)
      const [ours, theirs] = measure(
        [
          {
            name: 'diffLines (in the message)',
            fn: () => failing(records(PEER_SIZE, 2)).message(),
          },
          { name: 'jest-diff', fn: () => diff(golden, text) },
        ],
        { ...OPTIONS, budgetMs: Math.min(OPTIONS.budgetMs, 4000) },
      )
      peer = { n: PEER_SIZE, ours: ours!.best, jestDiff: theirs!.best }
    }
    for (const n of SIZES) {
      const { golden, changed, text } = prepare(n)
      validate(golden, text, changed)
      const result = failing(changed)
      const [serialise, message, assertion] = measure(
        [
          { name: 'stableStringify', fn: () => stableStringify(changed) },
          { name: 'message()', fn: () => result.message() },
          {
            name: 'failing assertion',
            fn: () => {
              startGoldenSession('')
              try {
                expectGolden(changed).toMatchGoldenSorted(NAME, { dir: FOLDER })
              } catch (error) {
                return error
              }
              throw new Error('bench: the assertion passed')
            },
          },
        ],
        OPTIONS,
      )
      rows.push({
        n,
        lines: text.split('\n').length,
        serialise: serialise!.best,
        message: message!.best,
        assertion: assertion!.best,
      })
      process.stderr.write(`bench golden: n=${n} done\n`)
    }
  } finally {
    rmSync(FOLDER, { recursive: true, force: true })
    restore('EXPECT_DETERMINISTIC_UPDATE', previous)
    restore('EXPECT_DETERMINISTIC_PENDING', pending)
  }
  const verdict = rows.every((row) => row.message / row.serialise <= BOUND)
  // Other processes on the machine skew the figures; the load average says how much to trust them.
  const load = `load average ${loadBefore.toFixed(1)} before, ${(os.loadavg()[0] as number).toFixed(1)} after`
  return [
    '### toMatchGoldenSorted: a mismatch where most lines changed',
    '',
    `Command: \`npm run bench -- golden\` · Node ${process.version} · ${os.cpus().length} CPUs · ${load}.`,
    '',
    'A golden of n JSON records against the same records drawn from another seed (ids, names and',
    'e-mails kept, every other field changed): most lines differ. Reference: `stableStringify` of the',
    'value, which every assertion pays. Best of the rounds; ratios to the reference.',
    hasGc ? '' : '\n(Run without --expose-gc: rounds were not separated by a collection.)\n',
    table(
      [
        'n',
        'lines',
        'stableStringify (ms)',
        'message (ms)',
        'ratio',
        'failing assertion (ms)',
        'ratio',
      ],
      rows.map((row) => [
        row.n.toLocaleString('en-US'),
        row.lines.toLocaleString('en-US'),
        formatMs(row.serialise),
        formatMs(row.message),
        formatRatio(row.message / row.serialise),
        formatMs(row.assertion),
        formatRatio(row.assertion / row.serialise),
      ]),
    ),
    '',
    peer === undefined
      ? ''
      : `For scale, at n = ${peer.n.toLocaleString('en-US')}: our message ${formatMs(peer.ours)} ms, jest-diff of the two texts ` +
        `(what the message used before) ${formatMs(peer.jestDiff)} ms; jest-diff grows with the square of the changed lines.`,
    '',
    `Bound: the message within ${BOUND}x of the serialisation at every n: ${verdict ? 'met' : 'NOT met'}.`,
  ].join('\n')
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await run()}\n`)
}
