import { readFileSync } from 'node:fs'
import { ExpectDeterministicError } from '../errors'
import {
  displayPath,
  EXTENSIONS,
  JSON_EXTENSION,
  TEXT_EXTENSION,
  type Extension,
} from './goldenFiles'

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(\s|$)/m

/** A golden file as read from disk. @internal */
export interface StoredGolden {
  readonly path: string
  /** The canonical text: `\n` line endings, without the final newline. */
  readonly text: string
  /** The bytes on disk, to put back if a failed attempt replaced them. */
  readonly bytes: Buffer
}

/**
 * Reads the golden at `base` (`.json` or `.golden`, `preferred` first), normalised to `\n` line
 * endings and without its final newline; `undefined` when neither exists. Throws
 * `CORRUPT_GOLDEN` for a file that exists but cannot be trusted: unreadable, not UTF-8, empty,
 * not JSON although named `.json`, or holding merge-conflict markers.
 *
 * @example readGolden('/p/__golden__/a.test.ts/t.1', '.json', '/p')
 * @internal
 */
export function readGolden(
  base: string,
  preferred: Extension,
  root: string,
): StoredGolden | undefined {
  const order =
    preferred === JSON_EXTENSION ? EXTENSIONS : ([TEXT_EXTENSION, JSON_EXTENSION] as const)
  for (const extension of order) {
    const path = base + extension
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch (error) {
      // ENOTDIR: a part of the path is a file, so this golden cannot exist either.
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') continue
      throw corrupt(
        path,
        root,
        `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        error,
      )
    }
    return { path, text: decodeGolden(path, extension, bytes, root), bytes }
  }
  return undefined
}

/**
 * The canonical text held by the bytes of a golden file at `path`; throws `CORRUPT_GOLDEN` as
 * `readGolden` does.
 * @example decodeGolden('/p/a.json', '.json', Buffer.from('{}\n'), '/p') // '{}'
 * @internal
 */
export function decodeGolden(
  path: string,
  extension: Extension,
  bytes: Buffer,
  root: string,
): string {
  let raw: string
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw corrupt(path, root, 'is not valid UTF-8', error)
  }
  const text = raw.replace(/\r\n/g, '\n').replace(/\n$/, '')
  if (text.trim() === '') throw corrupt(path, root, 'is empty')
  if (CONFLICT_MARKER.test(text)) throw corrupt(path, root, 'contains merge-conflict markers')
  if (extension === JSON_EXTENSION) {
    try {
      JSON.parse(text)
    } catch (error) {
      throw corrupt(path, root, `is not valid JSON (${(error as Error).message})`, error)
    }
  }
  return text
}

function corrupt(
  path: string,
  root: string,
  problem: string,
  cause?: unknown,
): ExpectDeterministicError {
  return new ExpectDeterministicError(
    'CORRUPT_GOLDEN',
    `The golden file ${displayPath(path, root)} ${problem}. It was left untouched: fix or delete it, then run the tests again.`,
    { cause },
  )
}
