import { existsSync, readFileSync, rmSync } from 'node:fs'
import { EXTENSIONS, goldenExtension, PENDING_SUFFIX } from './goldenFiles'
import { readGolden } from './readGolden'
import { nodeIo, writeAtomic, type WriteIo } from './writeAtomic'
import type { UpdateMode } from './resolveUpdateMode'

/**
 * What happened to one golden:
 * - `matched`: the file holds the received text;
 * - `written`: it was missing and has been written;
 * - `updated`: it differed and has been rewritten (update mode `all`);
 * - `mismatch`: it differs and was left as it is (also when rewriting it failed);
 * - `missing`: it does not exist and was not written (update mode `none`, or the write failed).
 * @internal
 */
export type GoldenStatus = 'matched' | 'written' | 'updated' | 'mismatch' | 'missing'

/** A golden file a check created, replaced or removed, and its bytes before (none: it did not exist). @internal */
export interface FileChange {
  readonly path: string
  readonly before: Buffer | undefined
}

/** A write that failed (a full or read-only disk): which file, and the error. @internal */
export interface WriteFailure {
  readonly path: string
  readonly error: NodeJS.ErrnoException
}

/** The result of `checkGolden`. @internal */
export interface GoldenOutcome {
  readonly status: GoldenStatus
  /** The golden file compared or written (an existing file keeps its extension). */
  readonly path: string
  /** The stored canonical text, when a golden existed. */
  readonly golden: string | undefined
  /** The pending `.new` file written for review, if any. */
  readonly pendingPath: string | undefined
  /** Golden files changed on disk, so a failed attempt of a retried test can be undone. */
  readonly changes: readonly FileChange[]
  /** The write that failed, if one did; the status says what the comparison found. */
  readonly writeFailure?: WriteFailure | undefined
}

/** The inputs of `checkGolden`. @internal */
export interface GoldenCheck {
  /** Path without extension, from `resolveGoldenLocation`. */
  readonly base: string
  /** The canonical text of the received value (`stableStringify`), without trailing newline. */
  readonly received: string
  readonly mode: UpdateMode
  /** Whether a mismatch (or a missing golden in `none` mode) writes a pending `.new` file. */
  readonly pending: boolean
  /** Project root: error messages name files relative to it. */
  readonly root: string
}

/**
 * Compares `received` with the golden at `base` and writes only what the update mode allows:
 * missing goldens in `new` and `all`, differing ones in `all`, pending files when `pending` is set.
 * Every write is atomic. Passing removes stale pending files of this golden.
 *
 * A golden that cannot be trusted throws `CORRUPT_GOLDEN` (see `readGolden`) and is never
 * overwritten, not even in `all` mode: a human should look at it. Line endings are compared as
 * `\n`, so a checkout that turned them into `\r\n` still matches. A write that fails (a full or
 * read-only disk) does not throw: the outcome says what the comparison found and which write
 * failed, so the message can show the difference first.
 *
 * @example checkGolden({ base: '/p/__golden__/t.1', received: '{}', mode: 'new', pending: true, root: '/p' })
 * @internal
 */
export function checkGolden(check: GoldenCheck, io: WriteIo = nodeIo): GoldenOutcome {
  const extension = goldenExtension(check.received)
  const target = check.base + extension
  const existing = readGolden(check.base, extension, check.root)
  const file = `${check.received}\n`
  if (existing === undefined) {
    if (check.mode === 'none') {
      const pending = writePending(target, file, check.pending, io)
      return { status: 'missing', path: target, golden: undefined, ...pending, changes: [] }
    }
    const failure = tryWrite(target, file, io)
    if (failure !== undefined) {
      return {
        status: 'missing',
        path: target,
        golden: undefined,
        pendingPath: undefined,
        changes: [],
        writeFailure: failure,
      }
    }
    removePending(check.base)
    const changes = [{ path: target, before: undefined }]
    return { status: 'written', path: target, golden: undefined, pendingPath: undefined, changes }
  }
  if (existing.text === check.received) {
    removePending(check.base)
    const { path, text } = existing
    return { status: 'matched', path, golden: text, pendingPath: undefined, changes: [] }
  }
  if (check.mode === 'all') {
    const before = target === existing.path ? existing.bytes : bytesOf(target)
    const failure = tryWrite(target, file, io)
    if (failure === undefined) {
      const changes: FileChange[] = [{ path: target, before }]
      // The value changed kind (JSON <-> notation): the old file would be a stale twin.
      if (existing.path !== target) {
        rmSync(existing.path, { force: true })
        changes.push({ path: existing.path, before: existing.bytes })
      }
      removePending(check.base)
      const golden = existing.text
      return { status: 'updated', path: target, golden, pendingPath: undefined, changes }
    }
    return {
      status: 'mismatch',
      path: existing.path,
      golden: existing.text,
      pendingPath: undefined,
      changes: [],
      writeFailure: failure,
    }
  }
  return {
    status: 'mismatch',
    path: existing.path,
    golden: existing.text,
    // Named after the file `-u` would write, so accepting a pending file is a rename.
    ...writePending(target, file, check.pending, io),
    changes: [],
  }
}

/**
 * Puts back what `changes` replaced (in reverse order): removes files that did not exist, writes
 * the old bytes of the others atomically. Used when a retried test's failed attempt wrote goldens.
 *
 * @example restoreChanges(outcome.changes)
 * @internal
 */
export function restoreChanges(changes: readonly FileChange[], io: WriteIo = nodeIo): void {
  for (const change of [...changes].reverse()) {
    if (change.before === undefined) io.rmSync(change.path, { force: true })
    else writeAtomic(change.path, change.before, io)
  }
}

function bytesOf(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

function tryWrite(path: string, text: string, io: WriteIo): WriteFailure | undefined {
  try {
    writeAtomic(path, text, io)
    return undefined
  } catch (error) {
    return { path, error: error as NodeJS.ErrnoException }
  }
}

function writePending(
  golden: string,
  file: string,
  enabled: boolean,
  io: WriteIo,
): { pendingPath: string | undefined; writeFailure?: WriteFailure } {
  if (!enabled) return { pendingPath: undefined }
  const path = golden + PENDING_SUFFIX
  const failure = tryWrite(path, file, io)
  return failure === undefined
    ? { pendingPath: path }
    : { pendingPath: undefined, writeFailure: failure }
}

/**
 * Removes pending files of this golden under either extension; a no-op when there are none, and
 * best effort on a read-only disk (a stale pending file is harmless, a crash is not).
 */
function removePending(base: string): void {
  for (const extension of EXTENSIONS) {
    const path = base + extension + PENDING_SUFFIX
    try {
      if (existsSync(path)) rmSync(path, { force: true })
    } catch {
      // Left for `expect-deterministic pending` to show and a later run to remove.
    }
  }
}
