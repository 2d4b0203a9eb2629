import { countOutcome } from './countOutcome'
import { firstDifference } from '../src/golden/firstDifference'
import {
  resolveUpdateMode,
  UPDATE_ENV,
  writesPending,
  type ResolvedMode,
} from '../src/golden/resolveUpdateMode'
import { resolveGoldenLocation } from '../src/golden/resolveGoldenLocation'
import { parseGoldenArguments, type GoldenOptions } from '../src/golden/parseGoldenArguments'
import { conflictError, GoldenSession, type GoldenCaller } from '../src/golden/GoldenSession'
import {
  checkGolden,
  displayPath,
  goldenExtension,
  JSON_EXTENSION,
  type GoldenOutcome,
} from '../src/golden/checkGolden'
import { stableStringify } from '../src/core/text/stableStringify'
import { isThenable } from '../src/core/kinds/isThenable'
import type { MatcherContext, MatcherResult } from './context'
import { asUsageError, hint, usageError } from './format'

const NAME = 'toMatchGoldenSorted'

// One per module instance, which both runners create per test file.
const session = new GoldenSession()

/**
 * `expect(value).toMatchGoldenSorted(name?, options?)`: compares the canonical text of `value`
 * (sorted keys, Map entries and Set members) with a golden file under `__golden__/`, writing it
 * when the update mode allows. A promise is awaited first, and the matcher then returns a promise.
 *
 * @example expect(buildReport()).toMatchGoldenSorted('weekly', { ignore: ['$.generatedAt'] })
 * @internal
 */
export function toMatchGoldenSorted(
  this: MatcherContext,
  received: unknown,
  ...args: unknown[]
): MatcherResult | Promise<MatcherResult> {
  const fail = (rule: string, value: unknown): never => {
    throw usageError(this, NAME, rule, value)
  }
  if (this.isNot)
    fail(`${NAME} cannot be used with .not: a golden file records one value.`, received)
  const parsed = parseGoldenArguments(args, fail)
  // Registered now, not when a promise settles: unnamed goldens are numbered in the order they are
  // written, and goldens started together are seen as one attempt of the test.
  const slot = reserve(this, received, parsed.name, parsed.options.dir)
  if (isThenable(received)) {
    return Promise.resolve(received).then(
      (value) => check(this, value, slot, parsed.options),
      (error: unknown) => {
        release(slot)
        throw rejectionError(this, error)
      },
    )
  }
  return check(this, received, slot, parsed.options)
}

/** Frees a golden whose assertion compared nothing, so the name stays usable (if it was ours). */
function release(slot: Slot): void {
  if (slot.owner === undefined) session.release(slot.caller, slot.base)
}

function rejectionError(ctx: MatcherContext, error: unknown): Error {
  return new Error(
    `${hint(ctx, NAME)}\n\nThe promise passed to ${NAME} rejected, so there was no value to compare; ` +
      `the golden file was neither read nor written.\n\nRejected with: ${ctx.utils.printReceived(error)}`,
    { cause: error },
  )
}

/** A golden registered with the session: who asked, and where its file lives (without extension). */
interface Slot {
  readonly caller: GoldenCaller
  readonly base: string
  /** Who had this file already, when the assertion was made; reported once the text is known. */
  readonly owner: string | undefined
}

function reserve(
  ctx: MatcherContext,
  received: unknown,
  name: string | undefined,
  dir: string | undefined,
): Slot {
  const testName = ctx.currentTestName === '' ? undefined : ctx.currentTestName
  if (testName === undefined && name === undefined) {
    throw usageError(
      ctx,
      NAME,
      'outside a running test the golden needs a `name` argument.',
      received,
    )
  }
  const caller: GoldenCaller = {
    testPath: ctx.testPath,
    testName,
    assertionCalls: assertionCallsOf(ctx),
    attempt: attemptOf(ctx),
  }
  const index = session.begin(caller, name !== undefined)
  const location = resolveGoldenLocation({
    testPath: ctx.testPath,
    testName,
    name,
    index,
    dir,
    cwd: process.cwd(),
  })
  return { caller, base: location.base, owner: session.reserve(caller, location.base) }
}

function check(
  ctx: MatcherContext,
  value: unknown,
  slot: Slot,
  options: GoldenOptions,
): MatcherResult {
  const { dir: _dir, ...stringifyOptions } = options
  let text: string
  try {
    text = canonicalText(ctx, value, stringifyOptions)
  } catch (error) {
    release(slot)
    throw error
  }
  const mode = resolveUpdateMode(ctx.snapshotState)
  const root = rootOf(ctx)
  // Both extensions of one base are one golden; the message names the file this value would write.
  if (slot.owner !== undefined)
    throw conflictError(displayPath(slot.base + goldenExtension(text), root), slot.owner)
  const outcome = checkGolden({
    base: slot.base,
    received: text,
    mode: mode.mode,
    pending: writesPending(mode.mode),
    root,
  })
  countOutcome(ctx.snapshotState, outcome.status)
  session.settle(slot.caller)
  const pass =
    outcome.status === 'matched' || outcome.status === 'written' || outcome.status === 'updated'
  return {
    pass,
    message: () =>
      describeOutcome(ctx, outcome, text, mode, root, slot.base + goldenExtension(text)),
  }
}

function canonicalText(ctx: MatcherContext, value: unknown, options: GoldenOptions): string {
  try {
    return stableStringify(value, options)
  } catch (error) {
    // Bad `unordered`/`ignore` values are usage errors; unreadable data keeps its own error.
    throw asUsageError(ctx, NAME, error, options)
  }
}

function describeOutcome(
  ctx: MatcherContext,
  outcome: GoldenOutcome,
  text: string,
  mode: ResolvedMode,
  root: string,
  target: string,
): string {
  const file = displayPath(outcome.path, root)
  const head = hint(ctx, NAME)
  const pending =
    outcome.pendingPath === undefined
      ? []
      : [
          `Pending: the received text was written to ${displayPath(outcome.pendingPath, root)} for review.`,
        ]
  switch (outcome.status) {
    case 'mismatch': {
      const golden = outcome.golden ?? ''
      const diff =
        ctx.utils.diff(golden, text, { aAnnotation: 'Golden', bAnnotation: 'Received' }) ?? ''
      return [
        head,
        '',
        `Expected the canonical text of the received value to match the golden file ${file}.`,
        '',
        ...describeKindChange(outcome.path, target, root),
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

/**
 * A value that moved between JSON data and the notation belongs in a file with the other
 * extension: say so, or the pending file and the golden file would seem to disagree.
 */
function describeKindChange(golden: string, target: string, root: string): string[] {
  if (golden === target) return []
  const kind = (path: string): string =>
    path.endsWith(JSON_EXTENSION) ? 'JSON data' : "the library's notation (not JSON)"
  return [
    `The value changed kind: the golden file holds ${kind(golden)}, the received value is ${kind(target)}. ` +
      `Accepting the change writes ${displayPath(target, root)} and removes ${displayPath(golden, root)}.`,
    '',
  ]
}

function acceptAdvice(ctx: MatcherContext, mode: ResolvedMode, wanted: 'all' | 'new'): string {
  const variable = `set ${UPDATE_ENV}=${wanted}`
  // `-u` only helps where a runner reads it and the variable does not override it.
  return ctx.snapshotState !== undefined && mode.source !== 'env'
    ? `run the tests again with -u, or ${variable}`
    : variable
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

/**
 * The project root that messages name files relative to. Jest's snapshot state knows it. Vitest's
 * does not, but its matcher `this.task` (public, typed in Vitest's `MatcherState`) holds the test
 * file's absolute path and its path relative to the project root, which give the root (also
 * under `--root`). Otherwise the working directory.
 */
function rootOf(ctx: MatcherContext): string {
  const rootDir = (ctx.snapshotState as { _rootDir?: unknown } | undefined)?._rootDir
  if (typeof rootDir === 'string') return rootDir
  const file = taskOf(ctx)?.file
  if (typeof file?.filepath === 'string' && typeof file.name === 'string' && file.name !== '') {
    const absolute = file.filepath.split('\\').join('/')
    const relative = file.name.split('\\').join('/')
    if (absolute.endsWith(`/${relative}`))
      return absolute.slice(0, absolute.length - relative.length - 1) || '/'
  }
  return process.cwd()
}

/** The part of Vitest's `this.task` (a test) read here; absent under Jest and `expect`. */
interface VitestTask {
  id?: unknown
  file?: { filepath?: unknown; name?: unknown }
  result?: { retryCount?: unknown; repeatCount?: unknown }
}

function taskOf(ctx: MatcherContext): VitestTask | undefined {
  const task = ctx.task
  return typeof task === 'object' && task !== null ? (task as VitestTask) : undefined
}

/** Vitest names each run of a test (retry, repeat); Jest and `expect` do not. */
function attemptOf(ctx: MatcherContext): string | undefined {
  const task = taskOf(ctx)
  if (task === undefined || typeof task.id !== 'string') return undefined
  return `${task.id}:${String(task.result?.retryCount ?? 0)}:${String(task.result?.repeatCount ?? 0)}`
}

/** Counted by the runner (see GoldenCaller); checked, since `this` comes from outside. */
function assertionCallsOf(ctx: MatcherContext): number | undefined {
  return typeof ctx.assertionCalls === 'number' ? ctx.assertionCalls : undefined
}
