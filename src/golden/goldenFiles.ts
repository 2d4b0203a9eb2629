import { relative } from 'node:path'

/** Extension of goldens whose canonical text is JSON, so other tools can read them. @internal */
export const JSON_EXTENSION = '.json'
/** Extension of goldens in the core's notation (Maps, Sets, `undefined`, ...). @internal */
export const TEXT_EXTENSION = '.golden'
/** Suffix of the pending file that holds the received text of a mismatch, for review. @internal */
export const PENDING_SUFFIX = '.new'

/** Both extensions of a golden file, JSON first. @internal */
export const EXTENSIONS = [JSON_EXTENSION, TEXT_EXTENSION] as const

/** `.json` or `.golden`. @internal */
export type Extension = (typeof EXTENSIONS)[number]

/**
 * `.json` when the canonical text is JSON (plain data), `.golden` otherwise.
 * @example goldenExtension('{\n  "a": 1\n}') // '.json'
 * @internal
 */
export function goldenExtension(text: string): Extension {
  try {
    JSON.parse(text)
    return JSON_EXTENSION
  } catch {
    return TEXT_EXTENSION
  }
}

/**
 * What a file name in a golden folder is: a golden (`.json`, `.golden`) or a pending file
 * (`.json.new`, `.golden.new`), with its stem; `undefined` for anything else (hidden temporary
 * files, a README).
 *
 * @example goldenFileKind('report.weekly.json.new') // { stem: 'report.weekly', extension: '.json', pending: true }
 * @internal
 */
export function goldenFileKind(
  fileName: string,
): { stem: string; extension: Extension; pending: boolean } | undefined {
  if (fileName.startsWith('.')) return undefined
  const pending = fileName.endsWith(PENDING_SUFFIX)
  const name = pending ? fileName.slice(0, -PENDING_SUFFIX.length) : fileName
  for (const extension of EXTENSIONS) {
    if (name.endsWith(extension) && name.length > extension.length) {
      return { stem: name.slice(0, -extension.length), extension, pending }
    }
  }
  return undefined
}

/**
 * `path` relative to `root` with `/` separators, so messages read the same on every platform;
 * absolute when it lies outside `root`.
 * @example displayPath('/p/src/__golden__/a.test.ts/t.1.json', '/p') // 'src/__golden__/a.test.ts/t.1.json'
 * @internal
 */
export function displayPath(path: string, root: string): string {
  const inside = relative(root, path)
  if (inside === '' || inside.startsWith('..')) return path.split('\\').join('/')
  return inside.split('\\').join('/')
}
