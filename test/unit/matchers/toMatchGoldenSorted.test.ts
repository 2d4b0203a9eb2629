import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { goldenStem } from '../../../src/golden/goldenStem'
import { startGoldenSession } from '../../../src/golden/goldenRegistry'
import type { GoldenOptions } from '../../../src/golden/parseGoldenArguments'
import { toMatchGoldenSorted } from '../../../matchers/toMatchGoldenSorted'
import { failureOf } from '../../helpers/failureOf'
import type { FakeState } from '../../helpers/goldenFixture'

expect.extend({ toMatchGoldenSorted })

// Typed here so these tests do not depend on the setup entry's augmentation being in the program.
declare module 'vitest' {
  // Vitest's own parameter list, repeated exactly, or the interfaces do not merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toMatchGoldenSorted(name?: string | GoldenOptions, options?: GoldenOptions): any
  }
}

let dir: string
let folder: string
let state: FakeState
let original: unknown

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'golden-matcher-'))
  folder = join(dir, 'toMatchGoldenSorted.test.ts')
  vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', '')
  vi.stubEnv('EXPECT_DETERMINISTIC_PENDING', '')
  vi.stubEnv('CI', '')
  original = expect.getState().snapshotState
  // A fake snapshot state: the runner's real counters and mode stay out of these tests.
  state = { _updateSnapshot: 'new', _rootDir: dir, added: 0, matched: 0, unmatched: 0, updated: 0 }
  expect.setState({ snapshotState: state as never })
})
afterEach(() => {
  expect.setState({ snapshotState: original as never })
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

/** The error `run` throws; unlike expect(fn).toThrow it adds no assertion call before `run`. */
function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('Expected a throw.')
}

const counts = () => ({
  added: state.added,
  matched: state.matched,
  unmatched: state.unmatched,
  updated: state.updated,
})
const goldens = () => (existsSync(folder) ? readdirSync(folder).sort() : [])
/** A new run of the test file: what the runner hooks do before its tests. */
const newRun = () => startGoldenSession(expect.getState().testPath as string)
/** The stem the current test's golden `name` (or n-th unnamed one) gets. */
const stemOf = (name: string | undefined, index = 1) =>
  goldenStem(expect.getState().currentTestName, name, index)

describe('.toMatchGoldenSorted', () => {
  test('passes when a missing golden is written, counted as added, then matched', () => {
    expect({ b: 2, a: 1 }).toMatchGoldenSorted('data', { dir })
    // Readable: the sanitised test name and the name, no hash.
    expect(goldens()).toEqual([
      'toMatchGoldenSorted-passes-when-a-missing-golden-is-written-counted-as-added-then-matched.data.json',
    ])
    expect(goldens()).toEqual([`${stemOf('data')}.json`])
    expect(readFileSync(join(folder, goldens()[0] as string), 'utf8')).toBe(
      '{\n  "a": 1,\n  "b": 2\n}\n',
    )
    expect(counts()).toEqual({ added: 1, matched: 0, unmatched: 0, updated: 0 })
  })

  test('passes when reordered keys, Sets and Maps match the same golden', () => {
    expect({
      set: new Set([3, 1, 2]),
      map: new Map([
        ['y', 1],
        ['x', 2],
      ]),
      k: 1,
    }).toMatchGoldenSorted('a', { dir })
    expect({
      k: 1,
      map: new Map([
        ['x', 2],
        ['y', 1],
      ]),
      set: new Set([2, 3, 1]),
    }).toMatchGoldenSorted('b', { dir })
    const [a, b] = goldens()
    expect(readFileSync(join(folder, a as string), 'utf8')).toBe(
      readFileSync(join(folder, b as string), 'utf8'),
    )
    expect(a).toMatch(/\.golden$/)
  })

  test('passes when unordered and ignore shape the golden text', () => {
    expect({ ids: [3, 1, 2], at: 'now' }).toMatchGoldenSorted('x', {
      dir,
      unordered: true,
      ignore: ['$.at'],
    })
    expect(readFileSync(join(folder, goldens()[0] as string), 'utf8')).toBe(
      '{\n  "at": "[ignored]",\n  "ids": [\n    1,\n    2,\n    3\n  ]\n}\n',
    )
  })

  test('passes when unnamed assertions in one test get files .1 and .2', () => {
    expect([1]).toMatchGoldenSorted({ dir })
    expect([2]).toMatchGoldenSorted({ dir })
    expect(goldens()).toEqual([`${stemOf(undefined, 1)}.json`, `${stemOf(undefined, 2)}.json`])
    expect(goldens()[0]).toBe(
      'toMatchGoldenSorted-passes-when-unnamed-assertions-in-one-test-get-files-1-and-2.1.json',
    )
  })

  test('fails when the value changed: the golden is intact, a pending file is written and counted as unmatched', () => {
    expect([1, 2]).toMatchGoldenSorted('v', { dir })
    const [golden] = goldens()
    const before = readFileSync(join(folder, golden as string), 'utf8')
    state.added = 0
    newRun()
    expect(failureOf(() => expect([2, 1]).toMatchGoldenSorted('v', { dir }))).toContain(
      'First difference at $[0]: values differ.',
    )
    expect(readFileSync(join(folder, golden as string), 'utf8')).toBe(before)
    expect(goldens()).toEqual([golden, `${golden}.new`])
    expect(counts()).toEqual({ added: 0, matched: 0, unmatched: 1, updated: 0 })
  })

  test('passes when update mode all rewrites a changed golden and counts it as updated', () => {
    expect([1]).toMatchGoldenSorted('v', { dir })
    state._updateSnapshot = 'all'
    newRun()
    expect([2]).toMatchGoldenSorted('v', { dir })
    expect(readFileSync(join(folder, goldens()[0] as string), 'utf8')).toBe('[\n  2\n]\n')
    expect(counts()).toEqual({ added: 1, matched: 0, unmatched: 0, updated: 1 })
  })

  test('passes when a second run matches and counts as matched', () => {
    expect({ a: 1 }).toMatchGoldenSorted('v', { dir })
    newRun()
    expect({ a: 1 }).toMatchGoldenSorted('v', { dir })
    expect(counts()).toEqual({ added: 1, matched: 1, unmatched: 0, updated: 0 })
  })

  test('fails when update mode none meets a missing golden, writing nothing', () => {
    state._updateSnapshot = 'none'
    expect(failureOf(() => expect({ a: 1 }).toMatchGoldenSorted({ dir }))).toContain(
      'it was not written because',
    )
    expect(existsSync(folder)).toBe(false)
    expect(counts()).toEqual({ added: 0, matched: 0, unmatched: 1, updated: 0 })
  })

  test('passes when the variable forces writing even in none mode', () => {
    state._updateSnapshot = 'none'
    vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', 'new')
    expect({ a: 1 }).toMatchGoldenSorted({ dir })
    expect(goldens()).toHaveLength(1)
  })

  test('throws when two assertions of one test use the same name', () => {
    expect(1).toMatchGoldenSorted('same', { dir })
    expect(() => expect(2).toMatchGoldenSorted('same', { dir })).toThrow(
      expect.objectContaining({
        code: 'GOLDEN_CONFLICT',
        // The real file, extension included, relative to the root.
        message: expect.stringContaining(
          `The golden file toMatchGoldenSorted.test.ts/${stemOf('same')}.json was already used by another assertion in this test`,
        ),
      }),
    )
    expect(readFileSync(join(folder, goldens()[0] as string), 'utf8')).toBe('1\n')
  })

  test('throws when a corrupt golden is met, and leaves it untouched', () => {
    expect(1).toMatchGoldenSorted('c', { dir })
    const path = join(folder, goldens()[0] as string)
    writeFileSync(path, '{ broken')
    state._updateSnapshot = 'all'
    newRun()
    expect(thrownBy(() => expect(1).toMatchGoldenSorted('c', { dir }))).toMatchObject({
      code: 'CORRUPT_GOLDEN',
    })
    expect(readFileSync(path, 'utf8')).toBe('{ broken')
  })

  test('passes when a hostile name stays inside the golden folder', () => {
    expect(1).toMatchGoldenSorted('../../../escape', { dir })
    expect(1).toMatchGoldenSorted('/etc/passwd', { dir })
    expect(readdirSync(dir)).toEqual(['toMatchGoldenSorted.test.ts'])
    expect(goldens()).toEqual(
      [`${stemOf('../../../escape')}.json`, `${stemOf('/etc/passwd')}.json`].sort(),
    )
  })

  test('passes when a promise is awaited and the matcher returns a promise', async () => {
    const result = expect(Promise.resolve({ z: 1, a: 2 })).toMatchGoldenSorted('p', { dir })
    expect(result).toBeInstanceOf(Promise)
    await result
    expect(readFileSync(join(folder, goldens()[0] as string), 'utf8')).toBe(
      '{\n  "a": 2,\n  "z": 1\n}\n',
    )
  })

  test('fails when a promise rejects, with its rejection', async () => {
    await expect(
      expect(Promise.reject(new Error('boom'))).toMatchGoldenSorted('p', { dir }),
    ).rejects.toThrow('boom')
    expect(goldens()).toEqual([])
  })
  test('throws when the value cannot be read, and frees its golden for a later assertion', () => {
    const hostile = {
      get total(): number {
        throw new Error('lazy field')
      },
    }
    expect(thrownBy(() => expect(hostile).toMatchGoldenSorted('h', { dir }))).toMatchObject({
      code: 'UNREADABLE',
    })
    expect(1).toMatchGoldenSorted('h', { dir })
    expect(goldens()).toEqual([`${stemOf('h')}.json`])
  })

  test('throws when a promise rejects, saying so with the cause, and frees its golden for a later assertion', async () => {
    const cause = new Error('db down')
    const rejected = await expect(Promise.reject(cause))
      .toMatchGoldenSorted('r', { dir })
      .catch((e: unknown) => e)
    expect(rejected).toBeInstanceOf(Error)
    expect((rejected as Error).message).toMatch(
      /toMatchGoldenSorted[\s\S]*The promise passed to toMatchGoldenSorted rejected/,
    )
    expect((rejected as Error).cause).toBe(cause)
    expect(goldens()).toEqual([])
    expect(1).toMatchGoldenSorted('r', { dir })
    expect(goldens()).toEqual([`${stemOf('r')}.json`])
  })
})

describe('.toMatchGoldenSorted under the standalone expect package', () => {
  // Vitest shares its state with the expect package, so the runner-free case runs in a plain
  // Node process: no test name, no test path, no snapshot state.
  const standalone = (body: string, env: Record<string, string | undefined> = {}) => {
    const script = `
      import { expect } from ${JSON.stringify(import.meta.resolve('expect'))}
      import { toMatchGoldenSorted } from ${JSON.stringify(new URL('../../../matchers/toMatchGoldenSorted.ts', import.meta.url).href)}
      expect.extend({ toMatchGoldenSorted })
      try { ${body}; console.log('PASSED') } catch (error) { console.log(error.message) }`
    const child = spawnSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          CI: undefined,
          EXPECT_DETERMINISTIC_UPDATE: undefined,
          FORCE_COLOR: '0',
          NO_COLOR: '1',
          ...env,
        },
      },
    )
    return `${child.stdout}${child.stderr}`.trim()
  }

  test('throws when no name is given outside a test', () => {
    expect(standalone('expect(1).toMatchGoldenSorted()')).toContain(
      'outside a running test the golden needs a `name` argument',
    )
  })

  test('fails when CI is detected and the golden is missing, writing nothing', () => {
    expect(standalone("expect(1).toMatchGoldenSorted('one')", { CI: 'true' })).toContain(
      'it was not written because a CI environment was detected',
    )
    expect(readdirSync(dir)).toEqual([])
  })

  test('passes when the variable forces writing in CI, into __golden__ under the working directory', () => {
    expect(
      standalone("expect({ b: 1, a: 2 }).toMatchGoldenSorted('one')", {
        CI: 'true',
        EXPECT_DETERMINISTIC_UPDATE: 'new',
      }),
    ).toBe('PASSED')
    expect(readFileSync(join(dir, '__golden__', 'one.json'), 'utf8')).toBe(
      '{\n  "a": 2,\n  "b": 1\n}\n',
    )
  })

  test('throws when two promise goldens with one name are started together, keeping the first', () => {
    // The expect package counts an assertion only once it settles: both see the same count.
    const body = `await Promise.all([
      expect(new Promise((r) => setTimeout(() => r(1), 30))).toMatchGoldenSorted('report'),
      expect(Promise.resolve(2)).toMatchGoldenSorted('report'),
    ])`
    expect(standalone(body, { EXPECT_DETERMINISTIC_UPDATE: 'all' })).toBe(
      'The golden file __golden__/report.json was already claimed in this process by an assertion with this name: two assertions of this file share it, or this one ran again (a retry, watch mode). Give each assertion a distinct `name` argument; a retried or repeated assertion needs a runner that tells its attempts apart (see docs/homes.md).',
    )
    expect(readdirSync(join(dir, '__golden__'))).toEqual(['report.json'])
    // The assertion made first keeps the file, although its promise settled last.
    expect(readFileSync(join(dir, '__golden__', 'report.json'), 'utf8')).toBe('1\n')
  })

  test('passes when goldens started together after a settled one are still one attempt', () => {
    const body = `await expect(Promise.resolve(0)).toMatchGoldenSorted('a')
    await Promise.all([expect(Promise.resolve(1)).toMatchGoldenSorted('b'), expect(Promise.resolve(2)).toMatchGoldenSorted('a')])`
    expect(standalone(body, { EXPECT_DETERMINISTIC_UPDATE: 'all' })).toContain(
      'The golden file __golden__/a.json was already claimed in this process',
    )
    expect(readFileSync(join(dir, '__golden__', 'a.json'), 'utf8')).toBe('0\n')
  })

  test('fails when outside CI a changed value meets its golden, advising only the variable', () => {
    expect(standalone("expect([1]).toMatchGoldenSorted('two')")).toBe('PASSED')
    const message = standalone("expect([2]).toMatchGoldenSorted('two')")
    expect(message).toContain('golden file __golden__/two.json')
    expect(message).toContain('To accept the change: set EXPECT_DETERMINISTIC_UPDATE=all.')
    expect(readdirSync(join(dir, '__golden__'))).toEqual(['two.json', 'two.json.new'])
  })
})
