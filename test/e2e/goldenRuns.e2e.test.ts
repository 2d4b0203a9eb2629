import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, repoRoot, run, runJest, runVitest, type RunResult } from './project'

// Real runs, through the setup entries (which register the golden hooks), of what issue 12 asks
// for: tests of the same name, retries after a failed attempt, a mismatch the test catches,
// obsolete goldens after full and filtered runs, and which of CI, -u and the variable wins.

type Runner = (dir: string, args?: string[], env?: Record<string, string | undefined>) => RunResult

const runJest29: Runner = (dir, args = [], env) =>
  run(process.execPath, [join(repoRoot, 'node_modules/jest29/bin/jest.js'), ...args], dir, env)

const DUP_BODY = `
test.each([1, 2])('same name', (n) => {
  expect({ n }).toMatchGoldenSorted('value')
  expect([n]).toMatchGoldenSorted()
})
test('flaky', RETRY () => {
  attempt++
  expect({ attempt }).toMatchGoldenSorted('a')
  if (attempt === 1) throw new Error('the first attempt fails after writing its golden')
})
`

// A golden asserted after the tests, in the file's own afterAll: Jest runs it after the setup
// entry's hook, and it must still count as used.
const AFTER_ALL = `afterAll(() => expect({ all: true }).toMatchGoldenSorted('after'))\n`

interface Setup {
  readonly runner: string
  readonly run: Runner
  readonly ext: string
  readonly files: (ext: string) => Record<string, string>
  /** What the runner prints for obsolete goldens, and whether a local run then fails. */
  readonly obsoleteFailsLocally: boolean
}

const vitestFiles = (ext: string): Record<string, string> => ({
  'vitest.config.mjs': `export default { test: { include: ['**/*.test.${ext}'], setupFiles: ['expect-deterministic/vitest'] } }\n`,
  [`dup.test.${ext}`]: `import { expect, test } from 'vitest'\nlet attempt = 0\n${DUP_BODY.replace('RETRY ', '{ retry: 1 }, ')}`,
  [`other.test.${ext}`]: `import { afterAll, expect, test } from 'vitest'\ntest('kept', () => expect(1).toMatchGoldenSorted('k'))\n${AFTER_ALL}`,
})

const jestFiles = (ext: string): Record<string, string> => ({
  'jest.config.js': `module.exports = { testEnvironment: 'node', testMatch: ['**/*.test.${ext}'], setupFilesAfterEnv: ['expect-deterministic/jest'] }\n`,
  [`dup.test.${ext}`]: `jest.retryTimes(1)\nlet attempt = 0\n${DUP_BODY.replace('RETRY ', '')}`,
  [`other.test.${ext}`]: `test('kept', () => expect(1).toMatchGoldenSorted('k'))\n${AFTER_ALL}`,
})

const SETUPS: Setup[] = [
  { runner: 'vitest', run: runVitest, ext: 'mjs', files: vitestFiles, obsoleteFailsLocally: false },
  { runner: 'jest', run: runJest, ext: 'js', files: jestFiles, obsoleteFailsLocally: true },
  { runner: 'jest 29', run: runJest29, ext: 'js', files: jestFiles, obsoleteFailsLocally: true },
]

/** Every golden file below `dir`, relative, with `/` separators, sorted. */
function goldensOf(dir: string, under = dir): string[] {
  const found: string[] = []
  for (const entry of readdirSync(under, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(under, entry.name)
    if (entry.isDirectory()) found.push(...goldensOf(dir, path))
    else if (path.includes(`__golden__${sep}`)) found.push(relative(dir, path).split(sep).join('/'))
  }
  return found.sort()
}

function expectExit(result: RunResult, code: number): void {
  if (result.code !== code)
    throw new Error(`Expected exit code ${code}, got ${result.code}. Output:\n${result.output}`)
}

const put = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true })
  writeFileSync(join(dir, file), text)
}

describe.each(SETUPS)(
  'goldens under $runner',
  ({ runner, run, ext, files, obsoleteFailsLocally }) => {
    const dup = `__golden__/dup.test.${ext}`
    const written = [
      `${dup}/flaky.a.json`,
      `${dup}/same-name.1.json`,
      `${dup}/same-name.2.json`,
      `${dup}/same-name.value.2.json`,
      `${dup}/same-name.value.json`,
      // Asserted in afterAll: Vitest names it without a test, Jest after the last test, as each
      // names its snapshots there.
      `__golden__/other.test.${ext}/${runner === 'vitest' ? '' : 'kept.'}after.json`,
      `__golden__/other.test.${ext}/kept.k.json`,
    ]

    test('passes when tests of one name get numbered goldens, a retry keeps the passing attempt, and obsolete goldens are reported, kept by filtered runs and removed by -u', () => {
      const dir = createProject(`golden-runs-${runner.replace(' ', '')}`, files(ext))

      // Tests of one name are numbered as the runners number snapshots; the retried test's golden
      // holds its passing attempt, not the value its failed attempt wrote.
      expectExit(run(dir), 0)
      expect(goldensOf(dir)).toEqual(written)
      expect(readFileSync(join(dir, `${dup}/same-name.value.2.json`), 'utf8')).toBe(
        '{\n  "n": 2\n}\n',
      )
      expect(readFileSync(join(dir, `${dup}/flaky.a.json`), 'utf8')).toBe('{\n  "attempt": 2\n}\n')
      // -u twice, then a plain run: no file flip-flops, every run passes.
      expectExit(run(dir, ['-u']), 0)
      expectExit(run(dir, ['-u']), 0)
      expectExit(run(dir, [], { CI: 'true' }), 0)
      expect(goldensOf(dir)).toEqual(written)

      // A golden nobody uses any more, its pending file, and the folder of a removed test file.
      put(dir, `${dup}/gone.x.json`, '1\n')
      put(dir, `${dup}/gone.x.json.new`, '2\n')
      put(dir, `__golden__/removed.test.${ext}/t.1.json`, '3\n')
      const obsolete = [
        `${dup}/gone.x.json`,
        `${dup}/gone.x.json.new`,
        `__golden__/removed.test.${ext}/t.1.json`,
      ]

      // Filtered runs (a test name pattern, a subset of files) neither report nor remove them.
      for (const args of [
        ['-t', 'flaky', '-u'],
        [`other.test.${ext}`, '-u'],
      ]) {
        const filtered = run(dir, args)
        expectExit(filtered, 0)
        expect(filtered.output).not.toContain('obsolete')
        expect(goldensOf(dir)).toEqual([...written, ...obsolete].sort())
      }

      // A full run reports them as obsolete snapshots; CI fails; the opt-out silences it.
      const local = run(dir)
      expectExit(local, obsoleteFailsLocally ? 1 : 0)
      for (const file of obsolete) expect(local.output).toContain(file)
      expect(local.output).toMatch(/3 (snapshots )?obsolete/)
      expectExit(run(dir, runner === 'vitest' ? [] : ['--ci'], { CI: 'true' }), 1)
      expectExit(run(dir, [], { CI: 'true', EXPECT_DETERMINISTIC_OBSOLETE: 'off' }), 0)
      expect(goldensOf(dir)).toEqual([...written, ...obsolete].sort())

      // -u after a full run removes them, pending file and empty folder included.
      const updated = run(dir, ['-u'])
      expectExit(updated, 0)
      expect(updated.output).toMatch(/3 (snapshots )?removed/)
      expect(goldensOf(dir)).toEqual(written)
      expect(existsSync(join(dir, `__golden__/removed.test.${ext}`))).toBe(false)
    })
  },
)

describe.each(SETUPS.slice(0, 2))(
  'a mismatch caught by the test under $runner',
  ({ runner, run, ext, files }) => {
    test('behaves as the runner treats its own toMatchSnapshot', () => {
      const caught =
        runner === 'vitest'
          ? `import { expect, test } from 'vitest'\ntest('caught', () => {\n  expect(() => expect({ v: 2 }).toMatchGoldenSorted('c')).toThrow()\n})\n`
          : `test('caught', () => {\n  expect(() => expect({ v: 2 }).toMatchGoldenSorted('c')).toThrow()\n})\n`
      const config = Object.fromEntries(
        Object.entries(files(ext)).filter(([f]) => f.includes('config')),
      )
      const dir = createProject(`golden-caught-${runner}`, {
        ...config,
        [`caught.test.${ext}`]: caught,
        [`__golden__/caught.test.${ext}/caught.c.json`]: '{\n  "v": 1\n}\n',
      })
      const result = run(dir, [], { EXPECT_DETERMINISTIC_PENDING: 'never' })
      if (runner === 'vitest') {
        // Vitest: the test passes and the summary counts a failed snapshot, as for toMatchSnapshot.
        expectExit(result, 0)
        expect(result.output).toMatch(/Snapshots\s+1 failed/)
      } else {
        // Jest: a failed snapshot fails its test even when caught (the matcher does not throw).
        expectExit(result, 1)
        expect(result.output).toContain('Received function did not throw')
        expect(result.output).toContain('First difference at $.v: values differ.')
      }
    })
  },
)

describe.each(SETUPS.slice(0, 2))(
  'which update mode wins under $runner',
  ({ runner, run, ext, files }) => {
    test('passes when -u beats CI detection, the variable beats -u, and the runner decides what CI is', () => {
      const body =
        runner === 'vitest'
          ? `import { expect, test } from 'vitest'\ntest('t', () => expect(1).toMatchGoldenSorted('p'))\n`
          : `test('t', () => expect(1).toMatchGoldenSorted('p'))\n`
      const config = Object.fromEntries(
        Object.entries(files(ext)).filter(([f]) => f.includes('config')),
      )
      const dir = createProject(`golden-modes-${runner}`, { ...config, [`p.test.${ext}`]: body })
      const golden = join(dir, `__golden__/p.test.${ext}/t.p.json`)
      const attempt = (args: string[], env: Record<string, string>) => {
        rmSync(golden, { force: true })
        run(dir, args, env)
        return existsSync(golden)
      }
      expect(attempt(['-u'], { CI: 'true' })).toBe(true)
      expect(attempt(['-u'], { EXPECT_DETERMINISTIC_UPDATE: 'none' })).toBe(false)
      expect(attempt([], { CI: 'true', EXPECT_DETERMINISTIC_UPDATE: 'new' })).toBe(true)
      // Vitest counts CI=false as CI (its snapshots are not written either); Jest does not.
      expect(attempt([], { CI: 'false' })).toBe(runner !== 'vitest')
    })
  },
)
