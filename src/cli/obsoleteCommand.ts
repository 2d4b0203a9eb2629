import { basename, dirname } from 'node:path'
import { findOrphanFolders, goldenFilesIn, removeGoldens } from '../golden/findObsolete'
import { displayPath } from '../golden/goldenFiles'
import { readObsoleteRecords } from '../golden/obsoleteRecord'
import { DEFAULT_GOLDEN_DIR } from '../golden/resolveGoldenLocation'
import type { CliIo } from './cliIo'
import { findGoldenFolders } from './findGoldenFolders'

/**
 * `obsolete [--delete]`: lists the golden files of folders whose test file is gone (found on
 * disk) and those the last complete run of their test file did not use (left by the runner hooks
 * in `node_modules/.cache`); with `--delete` removes them with their pending files. Only files in
 * golden folders inside the project are ever listed or removed. Exit code 1 when obsolete goldens
 * are listed and not removed, so CI can use it as a check.
 *
 * @example obsoleteCommand({ delete: false, dirs: [] }, '/p', io)
 * @internal
 */
export function obsoleteCommand(
  args: { readonly delete: boolean; readonly dirs: readonly string[] },
  root: string,
  io: CliIo,
): number {
  const folders = findGoldenFolders(root, args.dirs)
  const names = new Set([DEFAULT_GOLDEN_DIR, ...args.dirs])
  const orphans = folders
    .filter((folder) => basename(folder) === DEFAULT_GOLDEN_DIR)
    .flatMap((folder) => findOrphanFolders(dirname(folder)))
    .flatMap(goldenFilesIn)
  const recorded = readObsoleteRecords(root).filter(
    (file) => names.has(basename(dirname(file))) || names.has(basename(dirname(dirname(file)))),
  )
  const files = [...new Set([...orphans, ...recorded])].sort()
  if (files.length === 0) {
    io.out('No obsolete goldens.\n')
    return 0
  }
  const list = files.map((file) => `  · ${displayPath(file, root)}`).join('\n')
  if (args.delete) {
    removeGoldens(files)
    io.out(`Removed ${files.length} obsolete golden file(s):\n${list}\n`)
    return 0
  }
  io.out(
    `${files.length} obsolete golden file(s): their test file is gone, or the last run of all ` +
      `the tests of their file did not use them.\n${list}\n` +
      'Remove them with `expect-deterministic obsolete --delete`, or run the tests with -u.\n',
  )
  return 1
}
