import * as fs from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { threadId } from 'node:worker_threads'

/**
 * The file-system calls `writeAtomic` makes; tests swap in failing ones to simulate a crash.
 * @internal
 */
export interface WriteIo {
  mkdirSync(path: string, options: { recursive: true }): unknown
  openSync(path: string, flags: string): number
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number
  fsyncSync(fd: number): void
  closeSync(fd: number): void
  renameSync(from: string, to: string): void
  rmSync(path: string, options: { force: true }): void
}

/** The real file system. @internal */
export const nodeIo: WriteIo = fs

let sequence = 0
const swept = new Set<string>()

// `.<file>.<pid>-<thread>-<n>.tmp`, and 0.1's `.<file>.<pid>-<n>.tmp`.
const TEMPORARY = /^\..+\.(\d+)-(?:(\d+)-)?\d+\.tmp$/

/**
 * Writes `text` to `path` so that readers see either the old file or the whole new one, never a
 * half-written file: the text goes to a hidden temporary file in the same folder (same file
 * system, so `rename` is atomic), is flushed to disk, then renamed over `path`. If anything fails
 * the temporary file is removed and `path` is untouched.
 *
 * The temporary name holds the process id, the thread id and a counter, so it is unique per
 * thread and per write: Vitest's worker threads share one process id. A crash may leave a hidden
 * `.<name>.<pid>-<thread>-<n>.tmp` file behind; the first write of a process to that folder
 * removes those whose process is gone (and this thread's own, which no write of it can be using).
 *
 * @example writeAtomic('/p/__golden__/a.json', '{}\n')
 * @internal
 */
export function writeAtomic(path: string, text: string | Uint8Array, io: WriteIo = nodeIo): void {
  const folder = dirname(path)
  io.mkdirSync(folder, { recursive: true })
  sweepLeftovers(folder)
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${threadId}-${sequence++}.tmp`)
  let renamed = false
  try {
    const fd = io.openSync(temporary, 'wx')
    try {
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
      // writeSync may write less than asked (pipes, full disks reporting late): loop until done.
      for (let offset = 0; offset < bytes.length;) {
        const written = io.writeSync(fd, bytes, offset, bytes.length - offset)
        if (written <= 0)
          throw new Error(`Could not write ${path}: the file system accepted no bytes.`)
        offset += written
      }
      io.fsyncSync(fd)
    } finally {
      io.closeSync(fd)
    }
    io.renameSync(temporary, path)
    renamed = true
  } finally {
    if (!renamed) io.rmSync(temporary, { force: true })
  }
}

/** Removes temporary files left by crashed writers, once per folder and process; best effort. */
function sweepLeftovers(folder: string): void {
  if (swept.has(folder)) return
  swept.add(folder)
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name)
    if (match === null) continue
    const pid = Number(match[1])
    const mine = pid === process.pid && match[2] !== undefined && Number(match[2]) === threadId
    if (!mine && isAlive(pid)) continue
    try {
      fs.rmSync(join(folder, name), { force: true })
    } catch {
      // Another process may be removing it at the same time; either way it is gone or harmless.
    }
  }
}

/** Whether a process with this id exists (a signal-0 probe: `EPERM` means it exists). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
