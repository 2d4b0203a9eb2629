import { basename, dirname, join } from 'node:path'
import {
  findObsoleteGoldens,
  findOrphanFolders,
  goldenFilesIn,
  removeGoldens,
  reportsOrphans,
} from '../src/golden/findObsolete'
import { displayPath, goldenFileKind } from '../src/golden/goldenFiles'
import { goldenSession, startGoldenSession } from '../src/golden/goldenRegistry'
import { forgetUsedGoldens, writeObsoleteRecord } from '../src/golden/obsoleteRecord'
import { goldenFolder } from '../src/golden/resolveGoldenLocation'
import { resolveUpdateMode } from '../src/golden/resolveUpdateMode'

/** `off` turns the search for obsolete goldens off; `report` (the default) keeps it on. @internal */
export const OBSOLETE_ENV = 'EXPECT_DETERMINISTIC_OBSOLETE'

/** How a run of one test file ended, as the runner hooks see it. @internal */
export interface GoldenFileEnd {
  readonly testPath: string
  /** The project root, which messages and the obsolete list name files relative to. */
  readonly root: string
  /** The runner's snapshot state, whose obsolete list the goldens join. */
  readonly snapshotState: unknown
  /**
   * Every test of the file ran and passed: none skipped, left out by a filter (`-t`, `.only`),
   * failed, expected to fail, or todo. Only then can a golden nobody used be called obsolete.
   */
  readonly complete: boolean
}

/**
 * Starts a run of the test file at `testPath`: a fresh golden session, so nothing from an earlier
 * run in the same worker (watch mode) counts as used. Called by the setup entries before the
 * file's tests.
 *
 * @example startGoldenFile('/p/src/report.test.ts')
 * @internal
 */
export function startGoldenFile(testPath: string): void {
  startGoldenSession(testPath)
}

/**
 * Ends a run of one test file, from its hook after all tests. After a complete run, golden files
 * in the file's golden folders that no assertion used are obsolete, and so are the files of golden
 * folders whose test file is gone (reported by one test file of that folder). They join the
 * runner's own list of obsolete snapshots, so the runner reports them, fails the run where it fails
 * for obsolete snapshots (Vitest in CI; Jest whenever it is not updating), and `-u` removes them
 * (with their pending files). The search waits until the runner counts its obsolete snapshots
 * (`whenRunnerCounts`), so goldens asserted in the file's own `afterAll` count as used. After any
 * other run nothing is reported or removed; what the run used is taken off the list that
 * `expect-deterministic obsolete` shows. `EXPECT_DETERMINISTIC_OBSOLETE=off` turns it all off.
 *
 * @example finishGoldenFile({ testPath, root, snapshotState, complete: true })
 * @internal
 */
export function finishGoldenFile(end: GoldenFileEnd): void {
  const setting = process.env[OBSOLETE_ENV]
  if (setting === 'off') return
  if (setting !== undefined && setting !== '' && setting !== 'report') {
    throw new Error(`${OBSOLETE_ENV} must be report or off, but it is ${JSON.stringify(setting)}.`)
  }
  if (!end.complete) {
    const used = usedBases(end.testPath)
    forgetUsedGoldens(end.root, end.testPath, (file) => used.has(baseOf(file)))
    return
  }
  whenRunnerCounts(end.snapshotState, () => reportObsolete(end))
}

function usedBases(testPath: string): Set<string> {
  return new Set([...goldenSession(testPath).touchedBases()].map((base) => base.toLowerCase()))
}

function reportObsolete(end: GoldenFileEnd): void {
  const session = goldenSession(end.testPath)
  const used = usedBases(end.testPath)
  const folders = [
    goldenFolder(end.testPath, undefined, process.cwd()),
    ...session.touchedFolders(),
  ]
  const orphans = reportsOrphans(end.testPath) ? findOrphanFolders(dirname(end.testPath)) : []
  const files = [...findObsoleteGoldens(folders, used), ...orphans.flatMap(goldenFilesIn)]
  const keys = files.map((file) => displayPath(file, end.root))
  if (resolveUpdateMode(end.snapshotState).mode === 'all') {
    removeGoldens(files)
    writeObsoleteRecord(end.root, end.testPath, [])
    if (files.length === 0) return
    // The runner says "N removed" only when it is updating itself; otherwise say it here.
    if (runnerMode(end.snapshotState) === 'all') addObsoleteKeys(end.snapshotState, keys)
    else console.log(`Removed ${files.length} obsolete golden file(s):\n${bulleted(keys)}`)
    return
  }
  writeObsoleteRecord(end.root, end.testPath, files)
  if (files.length === 0 || addObsoleteKeys(end.snapshotState, keys)) return
  const message = `${files.length} obsolete golden file(s): no assertion used them in a run of all the tests of ${displayPath(end.testPath, end.root)}. Remove them with -u or \`npx expect-deterministic obsolete --delete\`:\n${bulleted(keys)}`
  if (resolveUpdateMode(end.snapshotState).mode === 'none') throw new Error(message)
  console.warn(message)
}

function baseOf(file: string): string {
  const kind = goldenFileKind(basename(file))
  return (kind === undefined ? file : join(dirname(file), kind.stem)).toLowerCase()
}

function bulleted(keys: readonly string[]): string {
  return keys.map((key) => `  · ${key}`).join('\n')
}

function runnerMode(snapshotState: unknown): unknown {
  return (snapshotState as { _updateSnapshot?: unknown } | undefined)?._updateSnapshot
}

/**
 * Runs `report` when the runner counts the file's obsolete snapshots (`getUncheckedCount`, which
 * Jest and Vitest call once every hook of the file has run), so goldens that a later `afterAll`
 * of the test file asserts count as used: Jest runs `afterAll` hooks in the order they were
 * registered, so the setup entry's comes first. Without that method, `report` runs now.
 */
function whenRunnerCounts(snapshotState: unknown, report: () => void): void {
  const state = snapshotState as
    { getUncheckedCount?: (...args: unknown[]) => unknown; _uncheckedKeys?: unknown } | undefined
  const count = state?.getUncheckedCount
  if (state === undefined || typeof count !== 'function' || state._uncheckedKeys === undefined) {
    report()
    return
  }
  const own = Object.prototype.hasOwnProperty.call(state, 'getUncheckedCount')
  state.getUncheckedCount = function (this: unknown, ...args: unknown[]) {
    if (own) state.getUncheckedCount = count
    else delete state.getUncheckedCount
    try {
      report()
    } catch (error) {
      // Inside the runner's own bookkeeping a throw would hide every other result: say it instead.
      console.error(error)
    }
    return count.apply(this, args)
  }
}

/**
 * Adds keys to the runner's list of obsolete snapshots (`_uncheckedKeys`, a Set in Jest and in
 * Vitest, which both report it after the file's hooks ran). False when there is no such list.
 */
function addObsoleteKeys(snapshotState: unknown, keys: readonly string[]): boolean {
  const unchecked = (snapshotState as { _uncheckedKeys?: Partial<Set<string>> } | undefined)
    ?._uncheckedKeys
  // Not `instanceof Set`: Jest's state may come from another realm than the test file's.
  if (typeof unchecked?.add !== 'function' || typeof unchecked.has !== 'function') return false
  for (const key of keys) unchecked.add(key)
  return true
}
