import * as fs from 'node:fs'
import { basename, dirname, join } from 'node:path'

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

/**
 * Writes `text` to `path` so that readers see either the old file or the whole new one, never a
 * half-written file: the text goes to a hidden temporary file in the same folder (same file
 * system, so `rename` is atomic), is flushed to disk, then renamed over `path`. If anything fails
 * the temporary file is removed and `path` is untouched; a crash may leave a hidden
 * `.<name>.<pid>-<n>.tmp` file behind, which is safe to delete.
 *
 * @example writeAtomic('/p/__golden__/a.json', '{}\n')
 * @internal
 */
export function writeAtomic(path: string, text: string, io: WriteIo = nodeIo): void {
  const folder = dirname(path)
  io.mkdirSync(folder, { recursive: true })
  // pid + counter keeps parallel workers (and repeated writes) from sharing a temporary file.
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${sequence++}.tmp`)
  let renamed = false
  try {
    const fd = io.openSync(temporary, 'wx')
    try {
      const bytes = Buffer.from(text, 'utf8')
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
