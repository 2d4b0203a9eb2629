import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'

/** A fresh folder per test (made before each, removed after each) and helpers to fill it. */
export interface TempFolder {
  /** The folder of the running test. */
  readonly root: string
  /** Writes `text` to `file` (relative to the root), making its folders. */
  put(file: string, text?: string | Buffer): void
  read(file: string): string
  has(file: string): boolean
}

/** Registers the hooks of a per-test temporary folder named with `prefix`. */
export function tempFolder(prefix: string): TempFolder {
  let root = ''
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), prefix))
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })
  return {
    get root() {
      return root
    },
    put(file, text = '1\n') {
      mkdirSync(join(root, file, '..'), { recursive: true })
      writeFileSync(join(root, file), text)
    },
    read: (file) => readFileSync(join(root, file), 'utf8'),
    has: (file) => existsSync(join(root, file)),
  }
}
