import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_GOLDEN_DIR } from '../golden/resolveGoldenLocation'

/**
 * Every golden folder below `root`: folders named `__golden__` or one of `names` (the last part of
 * a `dir` option). It skips `node_modules` and hidden folders and never follows symbolic links,
 * so it cannot leave the project. Sorted, absolute.
 *
 * @example findGoldenFolders('/p', []) // ['/p/src/__golden__']
 * @internal
 */
export function findGoldenFolders(root: string, names: readonly string[]): string[] {
  const wanted = new Set([DEFAULT_GOLDEN_DIR, ...names])
  const found: string[] = []
  const folders = [root]
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.'))
        continue
      const path = join(folder, entry.name)
      if (wanted.has(entry.name)) found.push(path)
      else folders.push(path)
    }
  }
  return found.sort()
}

/**
 * The folders that hold golden files directly: each golden folder itself (goldens made outside a
 * test) and its sub-folders (one per test file). Sorted.
 *
 * @example goldenFileFolders(['/p/src/__golden__']) // ['/p/src/__golden__', '/p/src/__golden__/a.test.ts']
 * @internal
 */
export function goldenFileFolders(goldenFolders: readonly string[]): string[] {
  const out: string[] = []
  for (const folder of goldenFolders) {
    out.push(folder)
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true }))
        if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(join(folder, entry.name))
    } catch {
      // Removed while we looked: nothing in it.
    }
  }
  return out.sort()
}
