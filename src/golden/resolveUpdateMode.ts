import { ExpectDeterministicError } from '../errors'

/**
 * When golden files may be written, with the runners' own words:
 * - `all`: (re)write every golden that is missing or differs (`-u`);
 * - `new`: write missing goldens, fail on differences (the local default);
 * - `none`: never write; missing goldens fail (CI).
 * @internal
 */
export type UpdateMode = 'all' | 'new' | 'none'

/** Where the mode came from; the failure message words its advice after it. @internal */
export type ModeSource = 'env' | 'runner' | 'ci' | 'default'

/** The update mode in force and why. @internal */
export interface ResolvedMode {
  readonly mode: UpdateMode
  readonly source: ModeSource
}

/** Forces an update mode anywhere: `all`, `new` or `none`. @internal */
export const UPDATE_ENV = 'EXPECT_DETERMINISTIC_UPDATE'

/** Pending `.new` files on mismatch: `always` (also in CI, for artifacts), `never`, or `auto`. @internal */
export const PENDING_ENV = 'EXPECT_DETERMINISTIC_PENDING'

const MODES: readonly string[] = ['all', 'new', 'none']

// The variables the common CI services set; `CI` alone covers most of them, the rest catch
// services that do not set it. `CI=false` or `CI=0` means "not CI", as in Jest and Vitest.
const CI_VARIABLES = [
  'CONTINUOUS_INTEGRATION',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
  'BUILDKITE',
  'CIRCLECI',
  'TRAVIS',
  'TF_BUILD',
  'JENKINS_URL',
  'TEAMCITY_VERSION',
  'CODEBUILD_BUILD_ID',
] as const

type Env = Readonly<Record<string, string | undefined>>

/**
 * True when the environment looks like a CI service: `CI` set to anything but `false`/`0`/empty,
 * or one of the variables that common services set.
 *
 * @example isCI({ CI: 'true' }) // true
 * @internal
 */
export function isCI(env: Env = process.env): boolean {
  const ci = env.CI
  if (ci !== undefined) return !['', '0', 'false'].includes(ci.toLowerCase())
  return CI_VARIABLES.some((name) => env[name] !== undefined && env[name] !== '')
}

/**
 * The update mode for golden files, first match wins:
 * 1. `EXPECT_DETERMINISTIC_UPDATE` (`all` | `new` | `none`), which can force a mode anywhere;
 * 2. the runner's snapshot state: Vitest's public `snapshotUpdateState`, else the `_updateSnapshot`
 *    field that Vitest and Jest both keep (so `-u`, `--ci` and `CI=true` mean what they mean for
 *    snapshots);
 * 3. without a runner (the standalone `expect` package): `none` in CI, `new` elsewhere.
 *
 * An unknown value of the variable throws `BAD_OPTIONS` rather than guessing.
 *
 * @example resolveUpdateMode({ _updateSnapshot: 'all' }, {}) // { mode: 'all', source: 'runner' }
 * @example resolveUpdateMode(undefined, { CI: 'true' }) // { mode: 'none', source: 'ci' }
 * @internal
 */
export function resolveUpdateMode(snapshotState: unknown, env: Env = process.env): ResolvedMode {
  const forced = env[UPDATE_ENV]
  if (forced !== undefined && forced !== '') {
    if (!MODES.includes(forced)) {
      throw new ExpectDeterministicError(
        'BAD_OPTIONS',
        `${UPDATE_ENV} must be one of all, new, none, but it is ${JSON.stringify(forced)}.`,
      )
    }
    return { mode: forced as UpdateMode, source: 'env' }
  }
  const fromRunner = runnerMode(snapshotState)
  if (fromRunner !== undefined) return { mode: fromRunner, source: 'runner' }
  return isCI(env) ? { mode: 'none', source: 'ci' } : { mode: 'new', source: 'default' }
}

/**
 * Whether a mismatch also writes the received text as a pending `.new` file: `always` and `never`
 * from `EXPECT_DETERMINISTIC_PENDING` win; otherwise only in `new` mode (local runs), because CI
 * must not write unless asked.
 *
 * @example writesPending('new', {}) // true
 * @example writesPending('none', { EXPECT_DETERMINISTIC_PENDING: 'always' }) // true
 * @internal
 */
export function writesPending(mode: UpdateMode, env: Env = process.env): boolean {
  const setting = env[PENDING_ENV]
  if (setting === undefined || setting === '' || setting === 'auto') return mode === 'new'
  if (setting === 'always') return true
  if (setting === 'never') return false
  throw new ExpectDeterministicError(
    'BAD_OPTIONS',
    `${PENDING_ENV} must be one of always, never, auto, but it is ${JSON.stringify(setting)}.`,
  )
}

function runnerMode(snapshotState: unknown): UpdateMode | undefined {
  if (typeof snapshotState !== 'object' || snapshotState === null) return undefined
  const state = snapshotState as { snapshotUpdateState?: unknown; _updateSnapshot?: unknown }
  // The public getter exists in newer Vitest (vitest-dev/vitest#9481); older Vitest and Jest
  // only have the private field, which both have kept for years.
  for (const value of [state.snapshotUpdateState, state._updateSnapshot]) {
    if (typeof value === 'string' && MODES.includes(value)) return value as UpdateMode
  }
  return undefined
}
