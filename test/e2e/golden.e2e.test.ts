import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, test } from 'vitest'
import { goldenStem } from '../../src/golden/goldenStem'
import { createProject, runJest, runVitest, type RunResult } from './project'

// Real runs of the packed package under Vitest and Jest. The fixtures read their data from
// data.json, so a test can change, reorder or keep the value between runs.

const VITEST_FILES = {
  'vitest.config.mjs': `export default { test: { include: ['**/*.test.mjs'], setupFiles: ['./setup.mjs'] } }\n`,
  'setup.mjs': `import { expect } from 'vitest'\nimport { matchers } from 'expect-deterministic'\nexpect.extend(matchers)\n`,
  'report.test.mjs': `import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

const data = () => JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8'))

describe('report', () => {
  test('summary and members', () => {
    const { users, meta } = data()
    expect({ meta, count: users.length }).toMatchGoldenSorted('summary')
    expect(new Set(users)).toMatchGoldenSorted('members')
  })
})
`,
}

const JEST_FILES = {
  'jest.config.js': `module.exports = { testEnvironment: 'node', setupFilesAfterEnv: ['./setup.js'] }\n`,
  'setup.js': `const { matchers } = require('expect-deterministic')\nexpect.extend(matchers)\n`,
  'report.test.js': `const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const data = () => JSON.parse(readFileSync(join(__dirname, 'data.json'), 'utf8'))

describe('report', () => {
  test('summary and members', () => {
    const { users, meta } = data()
    expect({ meta, count: users.length }).toMatchGoldenSorted('summary')
    expect(new Set(users)).toMatchGoldenSorted('members')
  })
})
`,
}

const DATA = { meta: { version: 1, owner: 'ops' }, users: ['carol', 'alice', 'bob'] }
const REORDERED = { users: ['bob', 'carol', 'alice'], meta: { owner: 'ops', version: 1 } }
const CHANGED = { meta: { version: 2, owner: 'ops' }, users: ['carol', 'alice', 'bob'] }

const setData = (dir: string, data: unknown) =>
  writeFileSync(join(dir, 'data.json'), JSON.stringify(data))

/** Every file below `dir` (outside node_modules), relative, with `/` separators, sorted. */
function filesOf(dir: string, under = dir): string[] {
  const found: string[] = []
  for (const entry of readdirSync(under, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(under, entry.name)
    if (entry.isDirectory()) found.push(...filesOf(dir, path))
    else found.push(relative(dir, path).split(sep).join('/'))
  }
  return found.sort()
}

const goldensOf = (dir: string) => filesOf(dir).filter((f) => f.includes('__golden__/'))
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')

/** Fails with the runner's whole output, so a broken e2e run explains itself. */
function expectExit(result: RunResult, code: number): void {
  if (result.code !== code)
    throw new Error(`Expected exit code ${code}, got ${result.code}. Output:\n${result.output}`)
}

describe.each([
  {
    runner: 'vitest',
    files: VITEST_FILES,
    test: 'report.test.mjs',
    run: runVitest,
    update: ['-u'],
    ciFlag: undefined,
    fullName: 'report > summary and members',
  },
  {
    runner: 'jest',
    files: JEST_FILES,
    test: 'report.test.js',
    run: runJest,
    update: ['-u'],
    ciFlag: '--ci',
    fullName: 'report summary and members',
  },
])(
  'toMatchGoldenSorted under $runner',
  ({ runner, files, test: testFile, run, update, ciFlag, fullName }) => {
    // Readable names: the sanitised full test name and the name, no hash.
    const summary = `__golden__/${testFile}/report-summary-and-members.summary.json`
    const members = `__golden__/${testFile}/report-summary-and-members.members.golden`
    expect(summary).toBe(`__golden__/${testFile}/${goldenStem(fullName, 'summary', 1)}.json`)

    test('passes when the first run writes, the second and a reordered input pass, and -u rewrites a change', () => {
      const dir = createProject(`golden-${runner}`, { ...files, 'data.json': JSON.stringify(DATA) })

      // First run: both goldens are written and the runner's summary counts them.
      const first = run(dir)
      expectExit(first, 0)
      expect(first.output).toMatch(/2 (written|snapshots written)/)
      expect(goldensOf(dir)).toEqual([members, summary])
      expect(read(dir, summary)).toBe(
        '{\n  "count": 3,\n  "meta": {\n    "owner": "ops",\n    "version": 1\n  }\n}\n',
      )
      expect(read(dir, members)).toBe('Set [\n  "alice",\n  "bob",\n  "carol"\n]\n')
      const written = statSync(join(dir, summary)).mtimeMs

      // Second run, then the same data in another order: nothing changes on disk.
      expectExit(run(dir), 0)
      setData(dir, REORDERED)
      const reordered = run(dir)
      expectExit(reordered, 0)
      // Vitest's summary leaves matched snapshots out; Jest's counts them.
      if (runner === 'jest') expect(reordered.output).toMatch(/Snapshots:\s+2 passed/)
      expect(statSync(join(dir, summary)).mtimeMs).toBe(written)

      // A changed value fails, names the golden and the path, leaves the golden intact.
      setData(dir, CHANGED)
      const changed = run(dir)
      expectExit(changed, 1)
      expect(changed.output).toContain(`golden file ${summary}.`)
      expect(changed.output).toContain('First difference at $.meta.version: values differ.')
      expect(changed.output).toContain('-     "version": 1')
      expect(changed.output).toContain('+     "version": 2')
      expect(changed.output).toContain(
        'To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all.',
      )
      expect(read(dir, summary)).toContain('"version": 1')
      expect(goldensOf(dir)).toEqual([members, summary, `${summary}.new`])

      // -u accepts it and removes the pending file.
      const updated = run(dir, update)
      expectExit(updated, 0)
      expect(updated.output).toMatch(/1 (updated|snapshot updated)/)
      expect(read(dir, summary)).toContain('"version": 2')
      expect(goldensOf(dir)).toEqual([members, summary])
    })

    test('fails when CI=true meets a missing golden, and writes nothing', () => {
      const dir = createProject(`golden-ci-${runner}`, {
        ...files,
        'data.json': JSON.stringify(DATA),
      })
      const before = filesOf(dir)
      const result = run(dir, [], { CI: 'true' })
      expectExit(result, 1)
      expect(result.output).toContain(
        `Expected the golden file ${summary} to exist; it was not written because`,
      )
      expect(result.output).toContain(
        'To create it: run the tests locally and commit the file, or run the tests again with -u',
      )
      expect(filesOf(dir)).toEqual(before)
      expect(existsSync(join(dir, '__golden__'))).toBe(false)
    })

    test.runIf(ciFlag !== undefined)(
      'fails when --ci meets a missing golden, and writes nothing',
      () => {
        const dir = createProject(`golden-ciflag-${runner}`, {
          ...files,
          'data.json': JSON.stringify(DATA),
        })
        const result = run(dir, [ciFlag as string])
        expectExit(result, 1)
        expect(result.output).toContain('update mode is "none"')
        expect(existsSync(join(dir, '__golden__'))).toBe(false)
      },
    )

    test('passes when EXPECT_DETERMINISTIC_UPDATE=new forces writing in CI', () => {
      const dir = createProject(`golden-forced-${runner}`, {
        ...files,
        'data.json': JSON.stringify(DATA),
      })
      expectExit(run(dir, [], { CI: 'true', EXPECT_DETERMINISTIC_UPDATE: 'new' }), 0)
      expect(goldensOf(dir)).toEqual([members, summary])
    })
  },
)

describe('toMatchGoldenSorted in parallel workers and with hostile names', () => {
  const parallelTest = (runner: 'vitest' | 'jest', n: number) =>
    runner === 'vitest'
      ? `import { expect, test } from 'vitest'\ntest('values', () => {\n  for (let i = 0; i < 20; i++) expect({ file: ${n}, i, set: new Set([i, ${n}]) }).toMatchGoldenSorted('v' + i)\n})\n`
      : `test('values', () => {\n  for (let i = 0; i < 20; i++) expect({ file: ${n}, i, set: new Set([i, ${n}]) }).toMatchGoldenSorted('v' + i)\n})\n`

  test.each([
    {
      runner: 'vitest' as const,
      files: VITEST_FILES,
      ext: 'mjs',
      run: runVitest,
      workers: ['--pool=forks', '--maxWorkers=4', '--fileParallelism'],
    },
    {
      runner: 'jest' as const,
      files: JEST_FILES,
      ext: 'js',
      run: runJest,
      workers: ['--maxWorkers=4'],
    },
  ])(
    'passes when parallel $runner workers write different goldens',
    ({ runner, files, ext, run, workers }) => {
      const tests: Record<string, string> = {}
      for (let n = 1; n <= 6; n++) tests[`p${n}.test.${ext}`] = parallelTest(runner, n)
      const {
        'report.test.mjs': _v,
        'report.test.js': _j,
        ...base
      } = files as Record<string, string>
      const dir = createProject(`golden-parallel-${runner}`, { ...base, ...tests })
      expectExit(run(dir, workers), 0)
      const goldens = goldensOf(dir)
      expect(goldens).toHaveLength(6 * 20)
      for (let n = 1; n <= 6; n++) {
        expect(read(dir, `__golden__/p${n}.test.${ext}/values.v7.golden`)).toBe(
          `{\n  "file": ${n},\n  "i": 7,\n  "set": Set [\n    ${Math.min(7, n)},\n    ${Math.max(7, n)}\n  ]\n}\n`,
        )
      }
      // No temporary file survives, and a second run matches everything.
      expect(filesOf(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
      expectExit(run(dir, workers), 0)
    },
  )

  test('passes when two Vitest projects run one file in worker threads (one pid) and -u rewrites every golden at the same moment', () => {
    const projects = ['a', 'b'].map(
      (name) =>
        `{ test: { name: '${name}', pool: 'threads', include: ['**/*.test.mjs'], setupFiles: ['expect-deterministic/vitest'] } }`,
    )
    const dir = createProject('golden-threads-vitest', {
      'vitest.config.mjs': `export default { test: { projects: [${projects.join(', ')}] } }\n`,
      // Both threads write the same 100 goldens at once: each waits (up to 3 s) for the other.
      'values.test.mjs': `import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { threadId } from 'node:worker_threads'
import { expect, test } from 'vitest'
test('values', async () => {
  const round = readFileSync('round.txt', 'utf8')
  mkdirSync('barrier-' + round, { recursive: true })
  writeFileSync('barrier-' + round + '/' + threadId, '')
  for (let waited = 0; readdirSync('barrier-' + round).length < 2 && waited < 3000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10))
  for (let i = 0; i < 100; i++) expect({ i, round }).toMatchGoldenSorted('v' + i)
})
`,
    })
    // Every round changes every golden, so -u rewrites all of them; temporary names that held
    // only the pid collided here (EEXIST, then ENOENT on rename) in most rounds.
    for (let round = 0; round < 3; round++) {
      writeFileSync(join(dir, 'round.txt'), String(round))
      expectExit(runVitest(dir, ['-u', '--maxWorkers=2']), 0)
    }
    expect(goldensOf(dir)).toHaveLength(100)
    expect(filesOf(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expectExit(runVitest(dir, ['--maxWorkers=2'], { CI: 'true' }), 0)
  })

  const HOSTILE_NAMES = [
    '../../../../escape',
    '/etc/passwd-copy',
    '..\\\\..\\\\win',
    '..',
    'nul',
    'a/../../b',
    '\u0000zero',
  ]

  test.each<{ runner: string; run: typeof runVitest; files: Record<string, string> }>([
    {
      runner: 'vitest',
      run: runVitest,
      files: {
        'vitest.config.mjs': VITEST_FILES['vitest.config.mjs'],
        'setup.mjs': VITEST_FILES['setup.mjs'],
        'sub/hostile.test.mjs': `import { describe, expect, test } from 'vitest'\ndescribe('../..', () => {\n  test('../../../out', () => {\n    for (const name of ${JSON.stringify(HOSTILE_NAMES)}) expect(name).toMatchGoldenSorted(name)\n    expect(1).toMatchGoldenSorted({ dir: 'custom' })\n  })\n})\n`,
      },
    },
    {
      runner: 'jest',
      run: runJest,
      files: {
        'jest.config.js': JEST_FILES['jest.config.js'],
        'setup.js': JEST_FILES['setup.js'],
        'sub/hostile.test.js': `describe('../..', () => {\n  test('../../../out', () => {\n    for (const name of ${JSON.stringify(HOSTILE_NAMES)}) expect(name).toMatchGoldenSorted(name)\n    expect(1).toMatchGoldenSorted({ dir: 'custom' })\n  })\n})\n`,
      },
    },
  ])(
    'passes when hostile names under $runner stay inside the golden folder',
    ({ runner, run, files }) => {
      const dir = createProject(`golden-hostile-${runner}`, files)
      const before = filesOf(dir)
      expectExit(run(dir), 0)
      const added = filesOf(dir).filter((f) => !before.includes(f))
      const testFile =
        Object.keys(files)
          .find((f) => f.startsWith('sub/'))
          ?.slice(4) ?? ''
      expect(added).toHaveLength(HOSTILE_NAMES.length + 1)
      for (const file of added) {
        expect(
          file.startsWith(`sub/__golden__/${testFile}/`) ||
            file.startsWith(`sub/custom/${testFile}/`),
        ).toBe(true)
        expect(file.split('/')).toHaveLength(4)
      }
      expect(existsSync(join(dir, 'escape.json'))).toBe(false)
    },
  )

  test.each<{ runner: string; run: typeof runVitest; files: Record<string, string> }>([
    {
      runner: 'vitest',
      run: runVitest,
      files: {
        'vitest.config.mjs': VITEST_FILES['vitest.config.mjs'],
        'setup.mjs': VITEST_FILES['setup.mjs'],
        'retry.test.mjs': `import { expect, test } from 'vitest'\nlet attempt = 0\ntest('flaky once', { retry: 1 }, () => {\n  attempt++\n  expect([1]).toMatchGoldenSorted()\n  expect([2]).toMatchGoldenSorted()\n  if (attempt === 1) throw new Error('first attempt fails')\n})\n`,
      },
    },
    {
      runner: 'jest',
      run: runJest,
      files: {
        'jest.config.js': JEST_FILES['jest.config.js'],
        'setup.js': JEST_FILES['setup.js'],
        'retry.test.js': `jest.retryTimes(1)\nlet attempt = 0\ntest('flaky once', () => {\n  attempt++\n  expect([1]).toMatchGoldenSorted()\n  expect([2]).toMatchGoldenSorted()\n  if (attempt === 1) throw new Error('first attempt fails')\n})\n`,
      },
    },
  ])(
    'passes when a retried $runner test reuses its own goldens without a conflict',
    ({ runner, run, files }) => {
      const dir = createProject(`golden-retry-${runner}`, files)
      expectExit(run(dir), 0)
      const testFile = Object.keys(files).find((f) => f.startsWith('retry.')) ?? ''
      const [first, second] = [1, 2].map(
        (n) => `__golden__/${testFile}/${goldenStem('flaky once', undefined, n)}.json`,
      )
      expect(goldensOf(dir)).toEqual([first, second])
      expect(read(dir, second as string)).toBe('[\n  2\n]\n')
    },
  )

  test('fails when a golden is corrupt under vitest, and leaves it untouched even with -u', () => {
    const dir = createProject('golden-corrupt-vitest', {
      ...VITEST_FILES,
      'data.json': JSON.stringify(DATA),
    })
    expectExit(runVitest(dir), 0)
    const stem = goldenStem('report > summary and members', 'summary', 1)
    const summary = join(dir, `__golden__/report.test.mjs/${stem}.json`)
    writeFileSync(
      summary,
      '{\n<<<<<<< HEAD\n  "count": 3\n=======\n  "count": 4\n>>>>>>> branch\n}\n',
    )
    const before = readFileSync(summary, 'utf8')
    for (const args of [[], ['-u']]) {
      const result = runVitest(dir, args)
      expectExit(result, 1)
      expect(result.output).toContain(
        `The golden file __golden__/report.test.mjs/${stem}.json contains merge-conflict markers. It was left untouched`,
      )
      expect(readFileSync(summary, 'utf8')).toBe(before)
    }
  })

  const TOGETHER = `const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 50))
test('unnamed', async () => {
  await Promise.all([expect(later([1])).toMatchGoldenSorted(), expect(Promise.resolve([2])).toMatchGoldenSorted()])
})
test('named', async () => {
  // Both settle before the test ends, so what reaches the disk does not depend on teardown timing.
  const results = await Promise.allSettled([expect(later(1)).toMatchGoldenSorted('report'), expect(Promise.resolve(2)).toMatchGoldenSorted('report')])
  for (const result of results) if (result.status === 'rejected') throw result.reason
})
test('сумма', () => {
  expect(1).toMatchGoldenSorted()
  expect(10).toMatchGoldenSorted('1')
})
test('разность', () => {
  expect(2).toMatchGoldenSorted()
})
`

  test.each([
    {
      runner: 'vitest',
      run: runVitest,
      config: VITEST_FILES,
      file: 'together.test.mjs',
      body: `import { expect, test } from 'vitest'\n${TOGETHER}`,
    },
    { runner: 'jest', run: runJest, config: JEST_FILES, file: 'together.test.js', body: TOGETHER },
  ])(
    'fails when $runner goldens share a file (started together, or names that sanitise alike), and numbers unnamed ones in call order',
    ({ runner, run, config, file, body }) => {
      const {
        'report.test.mjs': _v,
        'report.test.js': _j,
        ...base
      } = config as Record<string, string>
      const dir = createProject(`golden-together-${runner}`, { ...base, [file]: body })
      const result = run(dir, [], { EXPECT_DETERMINISTIC_UPDATE: 'all' })
      expectExit(result, 1)
      const path = (testName: string, name: string | undefined, n = 1) =>
        `__golden__/${file}/${goldenStem(testName, name, n)}.json`
      expect(result.output).toContain(
        `The golden file ${path('named', 'report')} was already used by another assertion in this test in this run.`,
      )
      // сумма and разность both sanitise to `_`: a conflict naming both tests, not a shared file.
      expect(result.output).toContain(
        `The golden file ${path('разность', undefined)} would hold the values of two tests: "сумма" (unnamed golden 1) and "разность" (unnamed golden 1).`,
      )
      // A name made of digits meets the first unnamed golden of its test.
      expect(result.output).toContain(
        'A name made only of digits reads as the number of an unnamed golden.',
      )
      expect(goldensOf(dir)).toEqual(
        [
          path('named', 'report'),
          path('unnamed', undefined, 1),
          path('unnamed', undefined, 2),
          path('сумма', undefined),
        ].sort(),
      )
      expect(read(dir, path('named', 'report'))).toBe('1\n')
      expect(read(dir, path('unnamed', undefined, 1))).toBe('[\n  1\n]\n')
      expect(read(dir, path('unnamed', undefined, 2))).toBe('[\n  2\n]\n')
      expect(read(dir, path('сумма', undefined))).toBe('1\n')
    },
  )

  test('passes when vitest --root names goldens relative to that root', () => {
    const dir = createProject('golden-root-vitest', {
      'sub/vitest.config.mjs': VITEST_FILES['vitest.config.mjs'],
      'sub/setup.mjs': VITEST_FILES['setup.mjs'],
      'sub/report.test.mjs': VITEST_FILES['report.test.mjs'],
      'sub/data.json': JSON.stringify(DATA),
    })
    const result = runVitest(dir, ['--root', 'sub'], { CI: 'true' })
    expectExit(result, 1)
    const stem = goldenStem('report > summary and members', 'summary', 1)
    expect(result.output).toContain(
      `Expected the golden file __golden__/report.test.mjs/${stem}.json to exist`,
    )
  })
})
