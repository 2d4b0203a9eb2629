import { readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { displayPath, goldenFileKind, PENDING_SUFFIX } from '../golden/goldenFiles'
import { migratedStem } from '../golden/migratedStem'
import type { CliIo } from './cliIo'
import { findGoldenFolders, goldenFileFolders } from './findGoldenFolders'

interface Rename {
  readonly from: string
  readonly to: string
}

/**
 * `migrate [--write]`: renames goldens (and pending files) from the names version 0.1 gave them
 * to today's (`migratedStem`), without running the tests. A dry run by default: it prints the
 * renames; `--write` does them, each one an atomic rename. A rename whose new name is taken
 * (also when letter case is ignored) or wanted by another file is left out and reported; then the
 * exit code is 1.
 *
 * @example migrateCommand({ write: false, dirs: [] }, '/p', io)
 * @internal
 */
export function migrateCommand(
  args: { readonly write: boolean; readonly dirs: readonly string[] },
  root: string,
  io: CliIo,
): number {
  const renames: Rename[] = []
  const conflicts: string[] = []
  for (const folder of goldenFileFolders(findGoldenFolders(root, args.dirs))) {
    const names = readdirSync(folder)
    const taken = new Set(names.map((name) => name.toLowerCase()))
    const planned = new Map<string, Rename[]>()
    for (const name of names) {
      const kind = goldenFileKind(name)
      if (kind === undefined) continue
      const stem = migratedStem(kind.stem)
      if (stem === kind.stem) continue
      const to = `${stem}${kind.extension}${kind.pending ? PENDING_SUFFIX : ''}`
      const rename = { from: join(folder, name), to: join(folder, to) }
      planned.set(to.toLowerCase(), [...(planned.get(to.toLowerCase()) ?? []), rename])
    }
    for (const [to, group] of planned) {
      if (group.length === 1 && !taken.has(to)) renames.push(group[0] as Rename)
      else
        for (const rename of group)
          conflicts.push(
            `${displayPath(rename.from, root)}: ${displayPath(rename.to, root)} ${taken.has(to) ? 'exists already' : 'is wanted by another file too'}`,
          )
    }
  }
  const shown = renames.map(
    (rename) => `  ${displayPath(rename.from, root)}\n    -> ${displayPath(rename.to, root)}`,
  )
  if (renames.length === 0 && conflicts.length === 0) {
    io.out('Nothing to migrate: every golden already has its current name.\n')
    return 0
  }
  if (args.write) for (const rename of renames) renameSync(rename.from, rename.to)
  const verb = args.write ? 'Renamed' : 'Would rename'
  if (renames.length > 0) io.out(`${verb} ${renames.length} golden file(s):\n${shown.join('\n')}\n`)
  if (!args.write && renames.length > 0) io.out('A dry run: run again with --write to rename.\n')
  if (conflicts.length > 0) {
    io.err(
      `Left ${conflicts.length} file(s) as they are:\n${conflicts.map((c) => `  ${c}`).join('\n')}\n` +
        'Compare each with the file in the way, keep one and delete the other, then run migrate again.\n',
    )
    return 1
  }
  return 0
}
