import { isAbsolute, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// `at fn (file:1:2)`, `at file:1:2`, `at async fn (file:1:2)`: the location is the last
// `something:line:column`, with or without parentheses.
const FRAME = /^\s*at (?:.*?\()?(.+?):(\d+):(\d+)\)?\s*$/

/**
 * The folder this library's code is loaded from (`…/dist/` for the package, `…/src/` in this
 * repository), found from a stack trace taken here: frames inside it are the library's own.
 */
function libraryRoot(): string | undefined {
  const stack = new Error().stack ?? ''
  for (const line of stack.split('\n').slice(1)) {
    const file = fileOf(line)
    if (file === undefined) continue
    const normalized = file.split(sep).join('/')
    const at = Math.max(normalized.lastIndexOf('/dist/'), normalized.lastIndexOf('/src/'))
    return at === -1 ? undefined : normalized.slice(0, normalized.indexOf('/', at + 1) + 1)
  }
  return undefined
}

function fileOf(line: string): string | undefined {
  const match = FRAME.exec(line)
  if (match === null) return undefined
  const file = match[1] as string
  if (file.startsWith('file://')) {
    try {
      return fileURLToPath(file)
    } catch {
      return undefined
    }
  }
  return file
}

const ROOT = libraryRoot()

/** Frames of the runtime: Node's own modules, native code, evaluated code. */
function isRuntime(file: string): boolean {
  return (
    file.startsWith('node:') ||
    file.startsWith('internal/') ||
    file === 'native' ||
    file.startsWith('<') ||
    !(isAbsolute(file) || /^[A-Za-z]:[\\/]/.test(file))
  )
}

/**
 * Where a perturbed call site is in the user's code: the first frame of `stack` outside this
 * library and outside the runtime, as `path:line:column` relative to `cwd` (forward slashes).
 * `undefined` when every frame is ours or the runtime's.
 *
 * @example locateSite(new Error().stack, process.cwd()) // 'src/docs.ts:12:23'
 * @internal
 */
export function locateSite(
  stack: string,
  cwd: string,
  root: string | undefined = ROOT,
): string | undefined {
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line)
    if (match === null) continue
    const file = fileOf(line) as string
    if (isRuntime(file)) continue
    if (root !== undefined && file.split(sep).join('/').startsWith(root)) continue
    const shown = relative(cwd, file).split(sep).join('/')
    return `${shown === '' ? file : shown}:${match[2]}:${match[3]}`
  }
  return undefined
}

/**
 * A stack trace taken now, deep enough to reach past the library's frames.
 * @internal
 */
export function captureStack(): string {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 40
  try {
    return new Error('site').stack ?? ''
  } finally {
    Error.stackTraceLimit = limit
  }
}
