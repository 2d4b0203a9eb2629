import { ExpectDeterministicError } from '../src/errors'
import { countOutcome } from '../src/golden/counters'
import { firstDifference } from '../src/golden/firstDifference'
import { resolveUpdateMode, UPDATE_ENV, writesPending, type ResolvedMode } from '../src/golden/mode'
import { resolveGoldenLocation } from '../src/golden/naming'
import { parseGoldenArguments, type GoldenOptions } from '../src/golden/options'
import { GoldenSession } from '../src/golden/session'
import { checkGolden, displayPath, type GoldenOutcome } from '../src/golden/store'
import { stableStringify } from '../src/stringify'
import type { MatcherContext, MatcherResult } from './context'
import { hint, usageError } from './format'

const NAME = 'toMatchGoldenSorted'

// One per module instance, which both runners create per test file.
const session = new GoldenSession()

/**
 * `expect(value).toMatchGoldenSorted(name?, options?)`: compares the canonical text of `value`
 * (sorted keys, Map entries and Set members) with a golden file under `__golden__/`, writing it
 * when the update mode allows. A promise is awaited first, and the matcher then returns a promise.
 *
 * @example expect(buildReport()).toMatchGoldenSorted('weekly', { ignore: ['$.generatedAt'] })
 * @since 0.1.0
 */
export function toMatchGoldenSorted(
  this: MatcherContext,
  received: unknown,
  ...args: unknown[]
): MatcherResult | Promise<MatcherResult> {
  const fail = (rule: string, value: unknown): never => {
    throw usageError(this, NAME, rule, value)
  }
  if (this.isNot) fail(`${NAME} cannot be used with .not: a golden file records one value.`, received)
  const parsed = parseGoldenArguments(args, fail)
  if (isThenable(received)) return Promise.resolve(received).then((value) => check(this, value, parsed.name, parsed.options))
  return check(this, received, parsed.name, parsed.options)
}

function check(ctx: MatcherContext, value: unknown, name: string | undefined, options: GoldenOptions): MatcherResult {
  const { dir, ...stringifyOptions } = options
  const text = canonicalText(ctx, value, stringifyOptions)
  const mode = resolveUpdateMode(ctx.snapshotState)
  const root = rootOf(ctx.snapshotState)
  const testName = ctx.currentTestName === '' ? undefined : ctx.currentTestName
  if (testName === undefined && name === undefined) {
    throw usageError(ctx, NAME, 'outside a running test the golden needs a `name` argument.', value)
  }
  const caller = { testPath: ctx.testPath, testName, assertionCalls: assertionCallsOf(ctx) }
  const index = session.begin(caller, name !== undefined)
  const location = resolveGoldenLocation({ testPath: ctx.testPath, testName, name, index, dir, cwd: process.cwd() })
  session.claim(caller, location.base, displayPath(location.base, root))
  const outcome = checkGolden({ base: location.base, received: text, mode: mode.mode, pending: writesPending(mode.mode), root })
  countOutcome(ctx.snapshotState, outcome.status)
  const pass = outcome.status === 'matched' || outcome.status === 'written' || outcome.status === 'updated'
  return { pass, message: () => describeOutcome(ctx, outcome, text, mode, root) }
}

function canonicalText(ctx: MatcherContext, value: unknown, options: GoldenOptions): string {
  try {
    return stableStringify(value, options)
  } catch (error) {
    // Bad `unordered`/`ignore` values are usage errors; unreadable data keeps its own error.
    if (error instanceof ExpectDeterministicError && (error.code === 'BAD_OPTIONS' || error.code === 'BAD_PATH')) {
      throw usageError(ctx, NAME, error.message, options)
    }
    throw error
  }
}

function describeOutcome(ctx: MatcherContext, outcome: GoldenOutcome, text: string, mode: ResolvedMode, root: string): string {
  const file = displayPath(outcome.path, root)
  const head = hint(ctx, NAME)
  const pending = outcome.pendingPath === undefined ? [] : [`Pending: the received text was written to ${displayPath(outcome.pendingPath, root)} for review.`]
  switch (outcome.status) {
    case 'mismatch': {
      const golden = outcome.golden ?? ''
      const diff = ctx.utils.diff(golden, text, { aAnnotation: 'Golden', bAnnotation: 'Received' }) ?? ''
      return [
        head,
        '',
        `Expected the canonical text of the received value to match the golden file ${file}.`,
        '',
        `First difference at ${firstDifference(golden, text) ?? 'the end'}.`,
        '',
        diff,
        '',
        ...pending,
        `To accept the change: ${acceptAdvice(ctx, mode, 'all')}.`,
      ].join('\n')
    }
    case 'missing':
      return [
        head,
        '',
        `Expected the golden file ${file} to exist; it was not written because ${whyNoWrites(mode)}.`,
        '',
        `Received:\n${ctx.utils.RECEIVED_COLOR(text)}`,
        '',
        ...pending,
        `To create it: run the tests locally and commit the file, or ${acceptAdvice(ctx, mode, 'new')}.`,
      ].join('\n')
    default:
      // Only reachable through `.not`, which throws before: kept accurate all the same.
      return `${head}\n\nThe golden file ${file} was ${outcome.status === 'matched' ? 'matched' : outcome.status}.`
  }
}

function acceptAdvice(ctx: MatcherContext, mode: ResolvedMode, wanted: 'all' | 'new'): string {
  const variable = `set ${UPDATE_ENV}=${wanted}`
  // `-u` only helps where a runner reads it and the variable does not override it.
  return ctx.snapshotState !== undefined && mode.source !== 'env' ? `run the tests again with -u, or ${variable}` : variable
}

function whyNoWrites(mode: ResolvedMode): string {
  switch (mode.source) {
    case 'env':
      return `${UPDATE_ENV}=none`
    case 'ci':
      return 'a CI environment was detected (goldens are never written in CI unless forced)'
    default:
      return 'the runner\'s snapshot update mode is "none" (CI or --ci: goldens are never written in CI unless forced)'
  }
}

/** Jest knows the project's root directory; Vitest runs its workers in it. */
function rootOf(snapshotState: unknown): string {
  const rootDir = (snapshotState as { _rootDir?: unknown } | undefined)?._rootDir
  return typeof rootDir === 'string' ? rootDir : process.cwd()
}

/** Counted by the runner (see GoldenCaller); checked, since `this` comes from outside. */
function assertionCallsOf(ctx: MatcherContext): number | undefined {
  return typeof ctx.assertionCalls === 'number' ? ctx.assertionCalls : undefined
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
