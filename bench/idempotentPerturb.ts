/**
 * The perturbation and memory rows of the toBeIdempotent benchmark (issues 9 and 11): the overhead
 * of `perturb: true` on a function that exercises no source, the extra calls it takes to name a
 * cause, and the memory of `toBeIdempotent(1000)` on a function returning one 10 MB string.
 * `idempotent.ts` prints them after its own table.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect as jestExpect } from 'expect'
import { toBeIdempotent } from '../matchers/toBeIdempotent'
import { checkIdempotent } from '../src/idempotent/checkIdempotent'
import { type IdempotenceResult } from '../src/idempotent/IdempotenceResult'
import { type IdempotentOptions } from '../src/idempotent/readIdempotentOptions'
import { records } from './data'
import { formatMs, formatRatio, hasGc, measure, QUICK, table, type MeasureOptions } from './measure'

const TIMES = 5
const BOUND = 1.5
const OPTIONS: MeasureOptions = QUICK
  ? { rounds: 2, minRoundMs: 20, warmup: 1, budgetMs: 300, minRounds: 1 }
  : { rounds: 9, minRoundMs: 200, warmup: 3, budgetMs: 4000, minRounds: 5 }

jestExpect.extend({ toBeIdempotent } as never)
const expectIdempotent = (fn: () => unknown) =>
  jestExpect(fn) as unknown as {
    toBeIdempotent(times: number, options?: IdempotentOptions): void
  }

function sync(result: IdempotenceResult | Promise<IdempotenceResult>): IdempotenceResult {
  if (result instanceof Promise) throw new Error('bench: expected a synchronous result')
  return result
}

/** `perturb: true` against a plain run, on outputs from one record to ten thousand. */
function overhead(): string {
  const sizes = QUICK ? [1, 1e3] : [1, 1e3, 1e4]
  const rows: string[][] = []
  const verdicts: boolean[] = []
  for (const n of sizes) {
    const output = records(n)
    const fn = () => output
    // Checked before timing: a function that exercises no source passes, and nothing was perturbed.
    const checked = sync(checkIdempotent(fn, { times: TIMES, perturb: true }))
    if (!checked.pass || Object.keys(checked.perturbed).length > 0)
      throw new Error('bench: a function that exercises no source must pass unperturbed')
    const [plain, perturbed] = measure(
      [
        { name: 'plain', fn: () => expectIdempotent(fn).toBeIdempotent(TIMES) },
        {
          name: 'perturb: true',
          fn: () => expectIdempotent(fn).toBeIdempotent(TIMES, { perturb: true }),
        },
      ],
      OPTIONS,
    )
    const ratio = perturbed!.best / plain!.best
    if (n >= 1e3) verdicts.push(ratio <= BOUND)
    rows.push([
      n.toLocaleString('en-US'),
      formatMs(plain!.best),
      formatMs(perturbed!.best),
      `+${formatMs(perturbed!.best - plain!.best)}`,
      formatRatio(ratio),
    ])
    process.stderr.write(`bench idempotent: perturb overhead n=${n} done\n`)
  }
  return [
    `### toBeIdempotent: overhead of \`perturb: true\` (\`times = ${TIMES}\`)`,
    '',
    'The function returns a prebuilt array of JSON records and exercises no source, so the difference',
    'is the cost of installing and restoring every patch (about a hundred properties of globals and',
    "of Node's modules, and two refreshes of the ESM named exports of built-in modules). Best of the",
    'rounds, per assertion.',
    '',
    table(['records', 'plain (ms)', 'perturb: true (ms)', 'difference (ms)', 'ratio'], rows),
    '',
    `Bound: within ${BOUND}x of the plain run from 1,000 records up: ${verdicts.every(Boolean) ? 'met' : 'NOT met'}. ` +
      'On a function that does almost nothing the fixed cost in the difference column dominates.',
  ].join('\n')
}

/** Extra calls and time of naming one cause, against the calls the bound allows. */
function attribution(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-perturb-'))
  try {
    for (const name of ['a.md', 'b.md', 'c.md', 'd.md']) writeFileSync(join(dir, name), name)
    // Reads the listing unsorted (the cause); also sorts, formats and measures, consistently.
    const listDocs = () => {
      const started = performance.now()
      const names = readdirSync(dir).map((file) => file.replace('.md', ''))
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      const label = sorted.length.toLocaleString('en-US')
      if (performance.now() - started < 0) throw new Error('time ran backwards')
      return { names, label }
    }
    const rows: string[][] = []
    const cases: [string, IdempotentOptions][] = [
      ["perturb: ['readdir']", { perturb: ['readdir'] }],
      ['perturb: true', { perturb: true }],
    ]
    const verdicts: boolean[] = []
    for (const [name, options] of cases) {
      const result = sync(checkIdempotent(listDocs, { times: TIMES, seed: 1, ...options }))
      if (result.causes.join() !== 'readdir' || result.sites.length !== 1)
        throw new Error(`bench: ${name} did not name readdir and its site`)
      const report = result.perturbation!
      const tried = report.tried.length
      verdicts.push(report.attributionCalls <= TIMES * tried)
      const [check] = measure(
        [{ name, fn: () => checkIdempotent(listDocs, { times: TIMES, seed: 1, ...options }) }],
        OPTIONS,
      )
      rows.push([
        `\`${name}\``,
        String(tried),
        String(report.attributionCalls),
        String(TIMES * tried),
        String(report.narrowingCalls),
        formatMs(check!.best),
      ])
    }
    process.stderr.write('bench idempotent: attribution done\n')
    return [
      '### toBeIdempotent: the cost of naming a cause',
      '',
      `A function whose output follows \`fs.readdirSync\` (the cause), and that also sorts with a consistent`,
      'comparator, formats a number with a named locale and measures its duration. Each source the calls',
      'reached is tried alone, and a trial stops at its first diverging call. Then a control run with',
      'nothing perturbed, and the narrowing down to the site (one call per step).',
      '',
      table(
        [
          'options',
          'sources tried',
          'calls to name the cause',
          `bound (${TIMES} x sources tried)`,
          'calls for the control and the site',
          'whole failing check (ms)',
        ],
        rows,
      ),
      '',
      `Bound: at most \`times\` extra calls per source tried: ${verdicts.every(Boolean) ? 'met' : 'NOT met'}.`,
    ].join('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const MB = 1024 * 1024
const gc = (globalThis as { gc?: () => void }).gc

/**
 * Heap retained while `toBeIdempotent(times)` runs on a function returning one 10 MB string:
 * sampled after a full collection every 50 calls, inside the function, minus the heap before.
 */
function retained(times: number, text: string): number {
  gc?.()
  const before = process.memoryUsage().heapUsed
  let peak = 0
  let call = 0
  const fn = () => {
    if (++call % 50 === 0) {
      gc?.()
      peak = Math.max(peak, process.memoryUsage().heapUsed - before)
    }
    return text
  }
  expectIdempotent(fn).toBeIdempotent(times)
  return peak
}

/** Memory of `toBeIdempotent(times)` against the number of calls (issue 11). */
function memory(): string {
  if (!hasGc) return '### toBeIdempotent: memory\n\n(Needs --expose-gc: not measured.)'
  const text = 'x'.repeat(10 * MB)
  const counts = QUICK ? [100] : [100, 1000]
  const rows = counts.map((times) => {
    const peak = retained(times, text)
    process.stderr.write(`bench idempotent: memory times=${times} done\n`)
    return { times, peak }
  })
  const most = Math.max(...rows.map((r) => r.peak))
  return [
    '### toBeIdempotent: memory of `toBeIdempotent(times)` on one 10 MB string',
    '',
    'The function returns the same 10 MB string every time. Heap retained during the run, sampled with',
    '`process.memoryUsage()` after a full collection (`--expose-gc`) every 50 calls; before issue 11',
    'every output was kept, 10 MB per call.',
    '',
    table(
      ['times', 'peak retained heap (MB)', 'if every output were kept (MB)'],
      rows.map((r) => [String(r.times), (r.peak / MB).toFixed(1), String(r.times * 10)]),
    ),
    '',
    `Bound: memory grows with the distinct outputs (one here), not with \`times\`: ${most < 50 * MB ? 'met' : 'NOT met'} (at most ${(most / MB).toFixed(1)} MB).`,
  ].join('\n')
}

/** The markdown of the perturbation and memory rows. */
export function perturbationSections(): string {
  return [overhead(), attribution(), memory()].join('\n\n')
}
