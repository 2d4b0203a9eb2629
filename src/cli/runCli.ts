import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ExpectDeterministicError } from '../errors'
import { displayPath } from '../golden/goldenFiles'
import { changedPaths } from '../golden/changedPaths'
import { cliColors } from './cliColors'
import type { CliIo } from './cliIo'
import { findGoldenFolders, goldenFileFolders } from './findGoldenFolders'
import { migrateCommand } from './migrateCommand'
import { obsoleteCommand } from './obsoleteCommand'
import { CliUsageError, parseCliArgs, type CliArgs } from './parseCliArgs'
import {
  acceptPending,
  listPending,
  rejectPending,
  resolvePendingArgument,
  type PendingGolden,
} from './pendingGoldens'
import { readText } from './renderPending'
import { reviewPending } from './reviewPending'

const USAGE = `Usage: expect-deterministic <command> [options]

Review the golden files of toMatchGoldenSorted without running the tests.

Commands:
  review               show each pending golden (.new file) as a diff against its golden and
                       answer a (accept), r (reject) or s (skip); A, R, S for all the rest.
                       Without a terminal, answers are read one per line from standard input.
  pending [--json]     list the pending goldens (--json: as JSON, with the changed paths)
  accept [files...]    accept pending goldens (all, or the named pending or golden files)
  reject [files...]    reject pending goldens: remove the pending files, keep the goldens
  obsolete [--delete]  list (or remove) goldens of removed test files and goldens the last run
                       of all the tests of their file did not use
  migrate [--write]    rename goldens from the names version 0.1 gave them (a dry run
                       unless --write)

Options:
  --root <folder>      the project root (default: the working directory)
  --dir <name>         also look in folders of this name (set with the dir option)
  --help, --version

Exit codes: 0 done, 1 something is left to do or failed, 2 bad input.
`

/**
 * Runs the command-line tool `expect-deterministic` and returns its exit code: 0 when done, 1 when
 * something is left to do or failed (obsolete goldens listed, an accept or rename refused), 2 for
 * bad input (an unknown command or flag, a file outside the project's golden folders, an answer
 * that is not one). It only ever reads and writes golden and pending files inside golden folders
 * of the project.
 *
 * @example await runCli(['pending', '--json'], processIo())
 * @internal
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io)
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`expect-deterministic: ${error.message}\nRun expect-deterministic --help for usage.\n`)
      return 2
    }
    if (error instanceof ExpectDeterministicError) {
      io.err(`expect-deterministic: ${error.message}\n`)
      return 1
    }
    throw error
  }
}

async function run(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === 'help') {
    io.out(USAGE)
    return 0
  }
  if (args.command === 'version') {
    io.out(`${packageVersion()}\n`)
    return 0
  }
  const root = resolve(io.cwd, args.root ?? '.')
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new CliUsageError(`the project root ${root} is not a folder.`)
  const pending = () => listPending(goldenFileFolders(findGoldenFolders(root, args.dirs)))
  const named = (): PendingGolden[] =>
    args.files.length === 0
      ? pending()
      : args.files.map((file) => resolvePendingArgument(file, io.cwd, root, args.dirs))
  const colors = cliColors(io.env, io.colorTerminal)
  switch (args.command) {
    case 'review':
      return reviewPending(pending(), root, io, colors)
    case 'pending':
      return listCommand(pending(), root, io, args.json)
    case 'accept':
    case 'reject':
      return decide(args.command, named(), root, io)
    case 'obsolete':
      return obsoleteCommand(args, root, io)
    default:
      return migrateCommand(args, root, io)
  }
}

function listCommand(entries: PendingGolden[], root: string, io: CliIo, json: boolean): number {
  if (json) {
    const list = entries.map((entry) => ({
      pending: displayPath(entry.pending, root),
      golden: displayPath(entry.target, root),
      replaces: entry.golden === undefined ? null : displayPath(entry.golden, root),
      changedPaths:
        entry.golden === undefined
          ? []
          : changedPaths(readText(entry.golden), readText(entry.pending), 100).paths,
    }))
    io.out(`${JSON.stringify(list, null, 2)}\n`)
    return 0
  }
  if (entries.length === 0) io.out('No pending goldens.\n')
  for (const entry of entries)
    io.out(`${displayPath(entry.pending, root)}${entry.golden === undefined ? ' (new)' : ''}\n`)
  return 0
}

function decide(command: 'accept' | 'reject', entries: PendingGolden[], root: string, io: CliIo) {
  if (entries.length === 0) {
    io.out('No pending goldens.\n')
    return 0
  }
  let failed = 0
  for (const entry of entries) {
    try {
      if (command === 'accept') acceptPending(entry, root)
      else rejectPending(entry)
      const what = command === 'accept' ? 'written' : 'unchanged'
      io.out(
        `${command === 'accept' ? 'Accepted' : 'Rejected'}: ${displayPath(entry.target, root)} ${what}.\n`,
      )
    } catch (error) {
      failed++
      io.err(
        `Could not ${command} ${displayPath(entry.pending, root)}: ${(error as Error).message}\n`,
      )
    }
  }
  return failed > 0 ? 1 : 0
}

function packageVersion(): string {
  // dist/cli.js sits one folder below package.json; src/cli/ two.
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string
        version?: string
      }
      if (manifest.name === 'expect-deterministic') return manifest.version ?? 'unknown'
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown'
}
