import { countOutcome } from './countOutcome'
import { currentTestRun, projectRootOf } from './currentTest'
import { describeGolden } from './describeGolden'
import { resolveUpdateMode, writesPending } from '../src/golden/resolveUpdateMode'
import { resolveGoldenLocation } from '../src/golden/resolveGoldenLocation'
import { parseGoldenArguments, type GoldenOptions } from '../src/golden/parseGoldenArguments'
import {
  conflictError,
  type GoldenCaller,
  type GoldenClaim,
  type GoldenSession,
} from '../src/golden/GoldenSession'
import { goldenSession } from '../src/golden/goldenRegistry'
import { checkGolden, restoreChanges } from '../src/golden/checkGolden'
import { displayPath, goldenExtension } from '../src/golden/goldenFiles'
import { stableStringify } from '../src/core/text/stableStringify'
import { isThenable } from '../src/core/kinds/isThenable'
import type { MatcherContext, MatcherResult } from './context'
import { asUsageError, hint, usageError } from './format'

const NAME = 'toMatchGoldenSorted'

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
  if (slot.owner === undefined) slot.session.release(slot.claim, slot.base)
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
  readonly session: GoldenSession
  readonly claim: GoldenClaim
  readonly base: string
  readonly root: string
  /** Who had this file already, when the assertion was made; reported once the text is known. */
  readonly owner: GoldenClaim | undefined
}

function reserve(
  ctx: MatcherContext,
  received: unknown,
  name: string | undefined,
  dir: string | undefined,
): Slot {
  const run = currentTestRun(ctx)
  if (run.testName === undefined && name === undefined) {
    throw usageError(
      ctx,
      NAME,
      'outside a running test the golden needs a `name` argument.',
      received,
    )
  }
  const caller: GoldenCaller = {
    testPath: ctx.testPath,
    testName: run.testName,
    testId: run.testId,
    retry: run.retry,
    repeat: run.repeat,
    assertionCalls: typeof ctx.assertionCalls === 'number' ? ctx.assertionCalls : undefined,
  }
  const session = goldenSession(ctx.testPath)
  const numbers = session.begin(caller, name)
  // A retry must not be judged by what its failed attempt wrote.
  for (const undo of numbers.undo) undo()
  const root = projectRootOf(ctx)
  let location
  try {
    location = resolveGoldenLocation({
      testPath: ctx.testPath,
      testName: run.testName,
      name,
      index: numbers.index,
      occurrence: numbers.occurrence,
      dir,
      cwd: process.cwd(),
      root,
    })
  } catch (error) {
    throw asUsageError(ctx, NAME, error, dir)
  }
  const claim: GoldenClaim = { caller, name, index: numbers.index }
  const owner = session.reserve(claim, location.base, location.folder)
  return { session, claim, base: location.base, root, owner }
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
  const target = slot.base + goldenExtension(text)
  // Both extensions of one base are one golden; the message names the file this value would write.
  if (slot.owner !== undefined)
    throw conflictError(displayPath(target, slot.root), slot.claim, slot.owner)
  const outcome = checkGolden({
    base: slot.base,
    received: text,
    mode: mode.mode,
    pending: writesPending(mode.mode),
    root: slot.root,
  })
  const uncount = countOutcome(ctx.snapshotState, outcome.status, slot.claim.caller.testId)
  const { session, claim } = slot
  session.settle(claim.caller)
  session.remember(claim.caller, () => {
    restoreChanges(outcome.changes)
    uncount()
  })
  const pass =
    outcome.status === 'matched' || outcome.status === 'written' || outcome.status === 'updated'
  // As Jest's toMatchSnapshot: a failed golden fails the test even if the test catches it. Only
  // under a runner (which has a snapshot state and reports what was held back): the standalone
  // `expect` package offers `dontThrow` too, but nothing would ever report the failure.
  if (!pass && ctx.testFailing !== true && ctx.snapshotState !== undefined) ctx.dontThrow?.()
  return {
    pass,
    message: () => describeGolden(ctx, { outcome, text, mode, root: slot.root, target }),
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
