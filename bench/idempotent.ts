/**
 * The toBeIdempotent benchmark (issue 4): the matcher's own overhead for `times = 5` on a large
 * output, against five calls of `stableStringify` on the same output (what a hand-written
 * "serialize each call and compare the text" check costs). The function under test returns a
 * prebuilt value, so only our work is timed: five normalizations, four comparisons, argument copies.
 *
 * Standalone: `node --expose-gc --import tsx bench/idempotent.ts` prints the markdown table;
 * `bench/index.ts` imports `run()`.
 */
import { pathToFileURL } from 'node:url'
import { expect as jestExpect } from 'expect'
import { toBeIdempotent } from '../matchers/toBeIdempotent'
import { checkIdempotent } from '../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../src/idempotent/IdempotenceResult'
import { stableStringify } from '../src/core/text/stableStringify'
import { mapSetData, records } from './data'
import { perturbationSections } from './idempotentPerturb'
import { formatMs, formatRatio, hasGc, measure, QUICK, table, type MeasureOptions } from './measure'

const TIMES = 5
const JSON_SIZES = QUICK ? [1e3, 1e4] : [1e4, 1e5]
// Map/Set data is about ten times slower to normalize; one size shows the ratio without a long run.
const MAP_SET_SIZES = QUICK ? [1e3] : [1e4]
const OPTIONS: MeasureOptions = QUICK
  ? { rounds: 2, minRoundMs: 20, warmup: 1, budgetMs: 300, minRounds: 1 }
  : { rounds: 7, minRoundMs: 200, warmup: 2, budgetMs: 6000, minRounds: 3 }
// The bound for the matcher against five stableStringify calls on JSON records.
const BOUND = 1.5

jestExpect.extend({ toBeIdempotent } as never)
/** The standalone `expect`, typed with our matcher (the setup entries do this for users). */
const expectIdempotent = (fn: () => unknown) =>
  jestExpect(fn) as unknown as { toBeIdempotent(times: number): void }

function sync(result: IdempotenceResult | Promise<IdempotenceResult>): IdempotenceResult {
  if (result instanceof Promise) throw new Error('bench: expected a synchronous result')
  return result
}

/** Checks that the candidates do the work they claim before anything is timed. */
function validate(output: unknown, changed: unknown): void {
  if (!sync(checkIdempotent(() => output, { times: TIMES })).pass)
    throw new Error('bench: a constant output failed')
  let call = 0
  const flaky = () => (++call === 3 ? changed : output)
  const result = sync(checkIdempotent(flaky, { times: TIMES }))
  if (result.pass || result.divergence?.call !== 3)
    throw new Error('bench: a changed record went unnoticed')
  expectIdempotent(() => output).toBeIdempotent(TIMES)
}

interface Row {
  readonly data: string
  readonly n: number
  readonly reference: number
  readonly engine: number
  readonly matcher: number
}

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const rows: Row[] = []
  const families = [
    { title: 'JSON records', build: (n: number) => records(n), sizes: JSON_SIZES },
    { title: 'Map/Set data', build: (n: number) => mapSetData(n), sizes: MAP_SET_SIZES },
  ]
  for (const family of families) {
    for (const n of family.sizes) {
      const output = family.build(n)
      const changed = family.build(n)
      if (Array.isArray(changed)) (changed[n - 1] as { score: number }).score += 1
      else (changed as Map<string, { name: string }>).get('key-0')!.name = 'changed'
      validate(output, changed)
      const [reference, engine, matcher] = measure(
        [
          {
            name: `${TIMES}x stableStringify`,
            fn: () => {
              let text = ''
              for (let i = 0; i < TIMES; i++) text = stableStringify(output)
              return text
            },
          },
          { name: 'checkIdempotent', fn: () => checkIdempotent(() => output, { times: TIMES }) },
          {
            name: 'expect().toBeIdempotent',
            fn: () => expectIdempotent(() => output).toBeIdempotent(TIMES),
          },
        ],
        OPTIONS,
      )
      rows.push({
        data: family.title,
        n,
        reference: reference!.best,
        engine: engine!.best,
        matcher: matcher!.best,
      })
      process.stderr.write(`bench idempotent: ${family.title} n=${n} done\n`)
    }
  }
  const json = rows.filter((r) => r.data === 'JSON records' && r.n === 1e5)
  const verdict = json.map((r) => r.matcher / r.reference <= BOUND)
  return [
    `### toBeIdempotent: overhead of \`times = ${TIMES}\``,
    '',
    `The function returns a prebuilt output, so the time is the matcher's own work. Reference: ${TIMES} calls of`,
    '`stableStringify` on the same output. Best of the rounds, per assertion; ratio = matcher / reference.',
    hasGc ? '' : '\n(Run without --expose-gc: rounds were not separated by a collection.)\n',
    table(
      [
        'data',
        'n',
        `${TIMES}x stableStringify (ms)`,
        'checkIdempotent (ms)',
        'expect().toBeIdempotent (ms)',
        'ratio',
      ],
      rows.map((r) => [
        r.data,
        r.n.toLocaleString('en-US'),
        formatMs(r.reference),
        formatMs(r.engine),
        formatMs(r.matcher),
        formatRatio(r.matcher / r.reference),
      ]),
    ),
    '',
    json.length === 0
      ? '(Quick run: the 1e5 bound was not checked.)'
      : `Bound: the matcher on 100,000 JSON records within ${BOUND}x of the reference: ${verdict.every(Boolean) ? 'met' : 'NOT met'}.`,
    '',
    perturbationSections(),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await run()}\n`)
}
