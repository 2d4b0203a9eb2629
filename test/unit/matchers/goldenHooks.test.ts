import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { finishGoldenFile, startGoldenFile } from '../../../matchers/goldenHooks'
import { goldenSession } from '../../../src/golden/goldenRegistry'
import { readObsoleteRecords } from '../../../src/golden/obsoleteRecord'

let root: string
let testPath: string
let folder: string
const put = (file: string) => {
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, '1\n')
}
const state = (mode: string) => ({ _updateSnapshot: mode, _uncheckedKeys: new Set<string>() })

/** A run of the test file that used the golden `used` (a path without extension). */
function runUsing(used: string) {
  startGoldenFile(testPath)
  const caller = { testPath, testName: 't' }
  goldenSession(testPath).begin(caller, 'used')
  goldenSession(testPath).reserve({ caller, name: 'used', index: 0 }, used, folder)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'golden-hooks-'))
  mkdirSync(join(root, 'node_modules'))
  testPath = join(root, 'a.test.ts')
  folder = join(root, '__golden__/a.test.ts')
  put(testPath)
  put(join(folder, 't.used.json'))
  put(join(folder, 't.old.json'))
  put(join(folder, 't.old.json.new'))
  vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', '')
  vi.stubEnv('EXPECT_DETERMINISTIC_OBSOLETE', '')
})
afterEach(() => {
  vi.unstubAllEnvs()
  rmSync(root, { recursive: true, force: true })
})

describe('finishGoldenFile', () => {
  test('passes when after a complete run unused goldens join the runner obsolete list and stay on disk', () => {
    runUsing(join(folder, 't.used'))
    const snapshotState = state('new')
    finishGoldenFile({ testPath, root, snapshotState, complete: true })
    expect([...snapshotState._uncheckedKeys]).toEqual([
      '__golden__/a.test.ts/t.old.json',
      '__golden__/a.test.ts/t.old.json.new',
    ])
    expect(existsSync(join(folder, 't.old.json'))).toBe(true)
    expect(readObsoleteRecords(root)).toEqual([
      join(folder, 't.old.json'),
      join(folder, 't.old.json.new'),
    ])
  })

  test('passes when -u removes unused goldens with their pending files and the runner reports them removed', () => {
    runUsing(join(folder, 't.used'))
    const snapshotState = state('all')
    finishGoldenFile({ testPath, root, snapshotState, complete: true })
    expect(snapshotState._uncheckedKeys.size).toBe(2)
    expect(existsSync(join(folder, 't.old.json'))).toBe(false)
    expect(existsSync(join(folder, 't.old.json.new'))).toBe(false)
    expect(existsSync(join(folder, 't.used.json'))).toBe(true)
    expect(readObsoleteRecords(root)).toEqual([])
  })

  test('passes when an incomplete run reports and removes nothing, and takes what it used off the record', () => {
    runUsing(join(folder, 't.used'))
    finishGoldenFile({ testPath, root, snapshotState: state('new'), complete: true })
    runUsing(join(folder, 't.old'))
    const snapshotState = state('all')
    finishGoldenFile({ testPath, root, snapshotState, complete: false })
    expect(snapshotState._uncheckedKeys.size).toBe(0)
    expect(existsSync(join(folder, 't.used.json'))).toBe(true)
    expect(readObsoleteRecords(root)).toEqual([])
  })

  test('passes when EXPECT_DETERMINISTIC_OBSOLETE=off turns it all off', () => {
    vi.stubEnv('EXPECT_DETERMINISTIC_OBSOLETE', 'off')
    runUsing(join(folder, 't.used'))
    const snapshotState = state('all')
    finishGoldenFile({ testPath, root, snapshotState, complete: true })
    expect(snapshotState._uncheckedKeys.size).toBe(0)
    expect(existsSync(join(folder, 't.old.json'))).toBe(true)
  })

  test('throws when the variable holds an unknown value', () => {
    vi.stubEnv('EXPECT_DETERMINISTIC_OBSOLETE', 'delete')
    expect(() =>
      finishGoldenFile({ testPath, root, snapshotState: state('new'), complete: true }),
    ).toThrow('EXPECT_DETERMINISTIC_OBSOLETE must be report or off, but it is "delete".')
  })

  test('throws in CI when the runner keeps no obsolete list, naming the files', () => {
    runUsing(join(folder, 't.used'))
    expect(() =>
      finishGoldenFile({
        testPath,
        root,
        snapshotState: { _updateSnapshot: 'none' },
        complete: true,
      }),
    ).toThrow(/2 obsolete golden file\(s\)[\s\S]*· __golden__\/a\.test\.ts\/t\.old\.json\n/)
  })

  test('passes when the files of a golden folder whose test file is gone are obsolete too', () => {
    put(join(root, '__golden__/removed.test.ts/t.1.json'))
    runUsing(join(folder, 't.used'))
    const snapshotState = state('new')
    finishGoldenFile({ testPath, root, snapshotState, complete: true })
    expect([...snapshotState._uncheckedKeys]).toContain('__golden__/removed.test.ts/t.1.json')
  })

  test('passes when the search waits for the runner to count, so a golden of a later afterAll is used', () => {
    runUsing(join(folder, 't.used'))
    let counted = 0
    const snapshotState = {
      ...state('new'),
      getUncheckedCount(this: { _uncheckedKeys: Set<string> }) {
        counted++
        return this._uncheckedKeys.size
      },
    }
    finishGoldenFile({ testPath, root, snapshotState, complete: true })
    expect(snapshotState._uncheckedKeys.size).toBe(0)
    // The test file's own afterAll asserts the golden `old` after the setup entry's hook.
    const caller = { testPath, testName: 't' }
    goldenSession(testPath).begin(caller, 'old')
    goldenSession(testPath).reserve(
      { caller, name: 'old', index: 0 },
      join(folder, 't.old'),
      folder,
    )
    expect(snapshotState.getUncheckedCount()).toBe(0)
    expect(counted).toBe(1)
    expect(Object.prototype.hasOwnProperty.call(snapshotState, 'getUncheckedCount')).toBe(true)
  })
})
