import { isAbsolute } from 'node:path'
import { fileURLToPath } from 'node:url'

interface CallSiteLike {
  getFileName(): string | null | undefined
}

/**
 * The absolute path of the file that called `fn`, read from V8's structured stack (the call sites
 * `Error.prepareStackTrace` receives), or undefined when the runtime gives none (no stack, a
 * frame inside Node itself, `Error.stackTraceLimit = 0`). The plain assertions use it to keep
 * goldens beside the test file that asserts, as the runners' `testPath` does.
 *
 * @example callerFile(assertGoldenSorted) // '/project/test/report.test.mjs'
 * @internal
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- any function can start the stack
export function callerFile(fn: Function): string | undefined {
  const holder: { stack?: unknown } = {}
  const original = Error.prepareStackTrace
  let sites: unknown
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites
    Error.captureStackTrace(holder, fn)
    sites = holder.stack
  } catch {
    return undefined
  } finally {
    Error.prepareStackTrace = original
  }
  if (!Array.isArray(sites)) return undefined
  for (const site of sites as CallSiteLike[]) {
    const name = typeof site?.getFileName === 'function' ? site.getFileName() : undefined
    if (typeof name !== 'string' || name === '') continue
    if (name.startsWith('file:')) return fileURLToPath(name)
    return isAbsolute(name) ? name : undefined
  }
  return undefined
}
