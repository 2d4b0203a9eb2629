import { GoldenSession } from './GoldenSession'

// One slot per realm, shared by every copy of the library loaded in it (the root entry and a setup
// entry are separate bundles), so the matcher and the runner hooks see the same session. The
// version in the name keeps a future, different session shape out of it.
const SLOT = Symbol.for('expect-deterministic.golden-sessions.v1')

interface Registry {
  readonly sessions: Map<string, GoldenSession>
}

function registry(): Registry {
  const holder = globalThis as { [SLOT]?: Registry }
  holder[SLOT] ??= { sessions: new Map() }
  return holder[SLOT]
}

/**
 * The golden session of the test file at `testPath` (or of the goldens made outside a test file)
 * in this realm, created on first use. Both runners give every test file its own realm or module
 * registry unless isolation is turned off; the runner hooks start a fresh session per file run.
 *
 * @example goldenSession('/p/src/a.test.ts').begin(caller, 'report')
 * @internal
 */
export function goldenSession(testPath: string | undefined): GoldenSession {
  const key = testPath ?? ''
  const sessions = registry().sessions
  let session = sessions.get(key)
  if (session === undefined) sessions.set(key, (session = new GoldenSession()))
  return session
}

/**
 * Starts a fresh session for a run of the test file at `testPath` (the runner hooks call it before
 * the file's tests), so nothing from an earlier run in the same realm (watch mode) is counted.
 *
 * @example startGoldenSession('/p/src/a.test.ts')
 * @internal
 */
export function startGoldenSession(testPath: string): GoldenSession {
  const session = new GoldenSession()
  registry().sessions.set(testPath, session)
  return session
}
