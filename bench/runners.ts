/**
 * The toEqualUnordered benchmark inside the real runners (issue 11): the same matcher behaves
 * differently under Jest, which runs every module in a `vm` context, than under Vitest or the
 * standalone `expect`. For each runner, a throw-away project times, inside one test, the runner's
 * own ordered `toEqual` on identical copies (the floor), `toEqualUnordered` on a shuffled copy,
 * and jest-extended `toIncludeSameMembers` at the size where it finishes. Ratios are to the
 * runner's `toEqual`, measured side by side in the same test.
 *
 * Every candidate is validated inside the test before it is timed: `toEqualUnordered` must pass
 * on the shuffled copy and fail on a copy with one changed leaf.
 *
 * The projects load the built package from `dist/` (`npm run build` first, which `npm run bench`
 * does not do for you) and the runners from this repository's `node_modules`.
 *
 * Standalone: `node --import tsx bench/runners.ts`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatMs, formatRatio, QUICK, table } from './measure'

const root = resolve(import.meta.dirname, '..')
const SIZES = QUICK ? [1e3, 1e4] : [1e3, 1e4, 3e4]
const ROUNDS = QUICK ? 2 : 5
// jest-extended's pairing is quadratic: past this size one call takes minutes.
const PEER_MAX = 3e3

/** The timing test, the same for both runners; `load()` gives it the runner's `expect`. */
const timingTest = (load: string): string => `${load}
const sizes = ${JSON.stringify(SIZES)}
const rounds = ${ROUNDS}
function records(n) {
  let state = 7
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648)
  const out = []
  for (let i = 0; i < n; i++) {
    out.push({ id: i, name: 'user ' + i.toString(36), email: 'user' + i + '@example.com', active: random() < 0.7,
      score: Math.round(random() * 1e5) / 100, createdAt: new Date(1.7e12 + Math.floor(random() * 3e10)).toISOString(),
      address: { street: (1 + Math.floor(random() * 999)) + ' Main St', city: ['Oslo', 'Lima', 'Kyoto'][i % 3], zip: String(10000 + i) },
      tags: ['admin', 'beta', 'ops'].slice(0, 1 + (i % 3)) })
  }
  return out
}
function shuffled(list) {
  const out = [...list]
  let state = 11
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648
    const j = state % (i + 1)
    const held = out[i]; out[i] = out[j]; out[j] = held
  }
  return out
}
function best(fn) {
  let least = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    fn()
    least = Math.min(least, performance.now() - start)
  }
  return least
}
test('timings', () => {
  const results = []
  for (const n of sizes) {
    const a = records(n)
    const b = records(n)
    const mixed = shuffled(b)
    const changed = records(n)
    changed[n >> 1].address.city = 'Nowhere'
    expect(a).toEqual(b)
    expect(a).toEqualUnordered(mixed)
    expect(() => expect(a).toEqualUnordered(shuffled(changed))).toThrow()
    const row = { n, toEqual: best(() => expect(a).toEqual(b)), toEqualUnordered: best(() => expect(a).toEqualUnordered(mixed)) }
    if (n <= ${PEER_MAX}) {
      expect(a).toIncludeSameMembers(mixed)
      row.toIncludeSameMembers = best(() => expect(a).toIncludeSameMembers(mixed))
    }
    results.push(row)
  }
  require('node:fs').writeFileSync(process.env.BENCH_OUT, JSON.stringify(results))
})
`

interface Row {
  readonly n: number
  readonly toEqual: number
  readonly toEqualUnordered: number
  readonly toIncludeSameMembers?: number
}

interface Runner {
  readonly name: string
  readonly files: Record<string, string>
  readonly command: readonly string[]
}

const RUNNERS: readonly Runner[] = [
  {
    name: 'Jest 30',
    files: {
      'package.json': JSON.stringify({
        name: 'bench-jest',
        private: true,
        jest: { testEnvironment: 'node' },
      }),
      'timing.test.js': timingTest(
        `const { matchers } = require(${JSON.stringify(join(root, 'dist/index.cjs'))})\n` +
          `expect.extend({ ...matchers, toIncludeSameMembers: require('jest-extended').toIncludeSameMembers })`,
      ),
    },
    // Timing rounds take longer than a unit test's default limit of 5 s.
    command: [
      join(root, 'node_modules/jest/bin/jest.js'),
      '--rootDir',
      '.',
      '-i',
      '--silent',
      '--testTimeout=600000',
    ],
  },
  {
    name: 'Vitest 4',
    files: {
      'package.json': JSON.stringify({ name: 'bench-vitest', private: true, type: 'module' }),
      'vitest.config.mjs': `export default { test: { include: ['timing.test.mjs'] } }\n`,
      'timing.test.mjs': timingTest(
        `import { createRequire } from 'node:module'\nimport { expect, test } from 'vitest'\n` +
          `import { matchers } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)}\n` +
          `const require = createRequire(import.meta.url)\n` +
          `expect.extend({ ...matchers, toIncludeSameMembers: require('jest-extended').toIncludeSameMembers })`,
      ),
    },
    command: [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--silent',
      '--testTimeout=600000',
    ],
  },
]

function timeIn(runner: Runner): Row[] {
  const dir = join(root, '.tmp', 'bench-runners', runner.name.replace(/\W+/g, '-'))
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(runner.files)) writeFileSync(join(dir, file), text)
  const out = join(dir, 'results.json')
  const child = spawnSync(process.execPath, [...runner.command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, BENCH_OUT: out, CI: 'true', NODE_PATH: join(root, 'node_modules') },
  })
  if (child.status !== 0 || !existsSync(out)) {
    throw new Error(`bench: ${runner.name} failed\n${child.stdout}${child.stderr}`)
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Row[]
}

/** Runs both projects and prints the markdown section. */
export async function run(): Promise<string> {
  if (!existsSync(join(root, 'dist/index.cjs'))) throw new Error('bench: run `npm run build` first')
  const rows: string[][] = []
  for (const runner of RUNNERS) {
    process.stderr.write(`bench runners: ${runner.name}\n`)
    for (const row of timeIn(runner)) {
      const peer = row.toIncludeSameMembers
      rows.push([
        runner.name,
        `n = ${row.n.toExponential(0).replace('+', '')}`,
        `${formatMs(row.toEqual)} ms`,
        `${formatMs(row.toEqualUnordered)} ms · ${formatRatio(row.toEqualUnordered / row.toEqual)}`,
        peer === undefined
          ? 'not timed (quadratic)'
          : `${formatMs(peer)} ms · ${formatRatio(peer / row.toEqual)}`,
      ])
    }
  }
  return [
    '## toEqualUnordered inside the real runners',
    '',
    `Command: \`npm run build && npm run bench -- runners\` · Node ${process.version}. Records of 8 fields with a nested object and a small array; the received array shuffled. Each time is the best of ${ROUNDS} calls inside one test of the runner; ratios are to that runner's ordered \`toEqual\` on identical copies (the floor). Target: toEqualUnordered at most 1.5x the runner's \`toEqual\`.`,
    '',
    table(
      [
        'runner',
        'size',
        'toEqual (ordered)',
        'toEqualUnordered (shuffled)',
        'jest-extended toIncludeSameMembers',
      ],
      rows,
    ),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await run()}\n`)
}
