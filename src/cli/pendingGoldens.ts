import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { displayPath, EXTENSIONS, goldenFileKind, PENDING_SUFFIX } from '../golden/goldenFiles'
import { decodeGolden } from '../golden/readGolden'
import { DEFAULT_GOLDEN_DIR, isInside } from '../golden/resolveGoldenLocation'
import { writeAtomic } from '../golden/writeAtomic'
import { CliUsageError } from './parseCliArgs'

/** One pending file and the golden it would replace. @internal */
export interface PendingGolden {
  /** The `.new` file. */
  readonly pending: string
  /** The golden file accepting writes: the pending file's path without `.new`. */
  readonly target: string
  /** The golden file there is now (either extension), if any. */
  readonly golden: string | undefined
}

/**
 * The pending file at `path` (which must be one) and its golden.
 * @example pendingAt('/p/__golden__/a.test.ts/t.1.json.new')
 * @internal
 */
export function pendingAt(path: string): PendingGolden {
  const target = path.slice(0, -PENDING_SUFFIX.length)
  const kind = goldenFileKind(basename(path))
  const base = join(dirname(path), kind?.stem ?? '')
  const golden = [target, ...EXTENSIONS.map((extension) => base + extension)].find(existsSync)
  return { pending: path, target, golden }
}

/**
 * Every pending file in `folders` (folders that hold golden files), sorted by path.
 * @example listPending(['/p/__golden__/a.test.ts'])
 * @internal
 */
export function listPending(folders: readonly string[]): PendingGolden[] {
  const found: PendingGolden[] = []
  for (const folder of folders) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names.sort()) {
      if (goldenFileKind(name)?.pending === true) found.push(pendingAt(join(folder, name)))
    }
  }
  return found
}

/**
 * The pending golden a command-line argument names: the pending file itself, or its golden file.
 * Refused (a `CliUsageError`) unless it is a golden or pending file inside a golden folder inside
 * the project, also after following symbolic links, and has a pending file.
 *
 * @example resolvePendingArgument('src/__golden__/a.test.ts/t.1.json', '/p', '/p', [])
 * @internal
 */
export function resolvePendingArgument(
  argument: string,
  cwd: string,
  root: string,
  dirNames: readonly string[],
): PendingGolden {
  const path = resolve(cwd, argument)
  const shown = displayPath(path, root)
  const kind = goldenFileKind(basename(path))
  const names = new Set([DEFAULT_GOLDEN_DIR, ...dirNames])
  const inGoldenFolder =
    names.has(basename(dirname(path))) || names.has(basename(dirname(dirname(path))))
  if (
    kind === undefined ||
    !inGoldenFolder ||
    !isInside(root, path) ||
    !isReallyInside(root, path)
  ) {
    throw new CliUsageError(
      `${shown} is not a golden or pending file in a golden folder of the project (${root}). ` +
        'Name files such as src/__golden__/report.test.ts/weekly.json.new, or pass --dir for folders set with the dir option.',
    )
  }
  if (kind.pending) {
    if (!existsSync(path)) throw new CliUsageError(`${shown} does not exist.`)
    return pendingAt(path)
  }
  const base = join(dirname(path), kind.stem)
  const pending = EXTENSIONS.map((extension) => base + extension + PENDING_SUFFIX).find(existsSync)
  if (pending === undefined) throw new CliUsageError(`${shown} has no pending file.`)
  return pendingAt(pending)
}

/** Whether `path`'s nearest existing folder, with links followed, is still inside `root`. */
function isReallyInside(root: string, path: string): boolean {
  try {
    return isInside(realpathSync(root), realpathSync(dirname(path)))
  } catch {
    return false
  }
}

/**
 * Accepts a pending golden: checks its text as a golden would be checked (`CORRUPT_GOLDEN`
 * otherwise), writes it over the golden atomically, removes a golden of the other extension (the
 * value changed kind) and the pending files.
 *
 * @example acceptPending(pendingAt('/p/__golden__/a.test.ts/t.1.json.new'), '/p')
 * @internal
 */
export function acceptPending(entry: PendingGolden, root: string): void {
  const bytes = readFileSync(entry.pending)
  const kind = goldenFileKind(basename(entry.pending))
  decodeGolden(entry.pending, kind?.extension ?? '.golden', bytes, root)
  writeAtomic(entry.target, bytes)
  const base = join(dirname(entry.target), kind?.stem ?? '')
  for (const extension of EXTENSIONS) {
    if (base + extension !== entry.target) rmSync(base + extension, { force: true })
    rmSync(base + extension + PENDING_SUFFIX, { force: true })
  }
}

/**
 * Rejects a pending golden: removes the pending file, keeping the golden.
 * @example rejectPending(pendingAt('/p/__golden__/a.test.ts/t.1.json.new'))
 * @internal
 */
export function rejectPending(entry: PendingGolden): void {
  rmSync(entry.pending, { force: true })
}
