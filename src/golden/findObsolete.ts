import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { goldenFileKind } from './goldenFiles'
import { DEFAULT_GOLDEN_DIR, testFileSegment } from './resolveGoldenLocation'

/**
 * The golden and pending files in `folders` that no golden of the run accounts for: a file is
 * accounted for when its path without extension is one the run claimed. Names are compared with
 * letter case folded, so on a file system that ignores case a golden is never taken for another.
 * Hidden temporary files and anything that is not a golden file are left out. Sorted.
 *
 * @example findObsoleteGoldens(['/p/__golden__/a.test.ts'], new Set(['/p/__golden__/a.test.ts/t.1']))
 * @internal
 */
export function findObsoleteGoldens(
  folders: Iterable<string>,
  touchedBases: Iterable<string>,
): string[] {
  const touched = new Set([...touchedBases].map((base) => base.toLowerCase()))
  const obsolete = new Set<string>()
  for (const folder of folders) {
    for (const name of entriesOf(folder)) {
      const kind = goldenFileKind(name)
      if (kind === undefined || !isFile(join(folder, name))) continue
      if (!touched.has(join(folder, kind.stem).toLowerCase())) obsolete.add(join(folder, name))
    }
  }
  return [...obsolete].sort()
}

/**
 * The golden folders beside test files in `testFolder` whose test file is gone: the sub-folders
 * of `<testFolder>/__golden__` that no file in `testFolder` is named after (as `goldenFolder`
 * names them). Sorted.
 *
 * @example findOrphanFolders('/p/src') // ['/p/src/__golden__/removed.test.ts']
 * @internal
 */
export function findOrphanFolders(testFolder: string): string[] {
  const goldens = join(testFolder, DEFAULT_GOLDEN_DIR)
  const named = new Set(entriesOf(testFolder).map(testFileSegment))
  return entriesOf(goldens)
    .filter((name) => !named.has(name) && isFolder(join(goldens, name)))
    .map((name) => join(goldens, name))
    .sort()
}

/**
 * Whether the test file at `testPath` is the one that reports orphan golden folders in its folder:
 * of the test files there that have a golden folder, the first by code-unit order. One file
 * reports them, so parallel workers neither repeat nor race each other; a file without a golden
 * folder reports nothing.
 *
 * @example reportsOrphans('/p/src/a.test.ts')
 * @internal
 */
export function reportsOrphans(testPath: string): boolean {
  const folder = dirname(testPath)
  const own = testFileSegment(basename(testPath))
  const orphans = new Set(findOrphanFolders(folder).map((path) => basename(path)))
  const goldens = join(folder, DEFAULT_GOLDEN_DIR)
  const live = entriesOf(goldens)
    .filter((name) => !orphans.has(name) && isFolder(join(goldens, name)))
    .sort()
  return live[0] === own
}

/**
 * The golden and pending files of an orphan golden folder, to remove or report with it.
 * @example goldenFilesIn('/p/src/__golden__/removed.test.ts')
 * @internal
 */
export function goldenFilesIn(folder: string): string[] {
  return entriesOf(folder)
    .filter((name) => goldenFileKind(name) !== undefined && isFile(join(folder, name)))
    .map((name) => join(folder, name))
    .sort()
}

/**
 * Removes obsolete golden files and, for each, the pending files of the same golden; then each
 * folder they were in if nothing else is left in it (a README or a user's file keeps it).
 *
 * @example removeGoldens(['/p/__golden__/a.test.ts/old.json'])
 * @internal
 */
export function removeGoldens(files: readonly string[]): void {
  const folders = new Set<string>()
  for (const file of files) {
    const kind = goldenFileKind(basename(file))
    if (kind === undefined) continue
    const folder = dirname(file)
    rmSync(file, { force: true })
    for (const twin of [`${kind.stem}.json.new`, `${kind.stem}.golden.new`])
      rmSync(join(folder, twin), { force: true })
    folders.add(folder)
  }
  for (const folder of folders) {
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder)
    } catch {
      // Already gone, or not empty after all: either way nothing of ours is left in it.
    }
  }
}

function entriesOf(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
