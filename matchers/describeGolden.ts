import type { GoldenOutcome, WriteFailure } from '../src/golden/checkGolden'
import { firstDifference } from '../src/golden/firstDifference'
import { goldenDiff } from '../src/golden/goldenDiff'
import { displayPath, JSON_EXTENSION } from '../src/golden/goldenFiles'
import { UPDATE_ENV, type ResolvedMode } from '../src/golden/resolveUpdateMode'
import type { MatcherContext } from './context'
import { hint } from './format'

const NAME = 'toMatchGoldenSorted'

/** What the failure message of one golden needs besides the outcome. @internal */
export interface GoldenReport {
  readonly outcome: GoldenOutcome
  /** The canonical text of the received value. */
  readonly text: string
  readonly mode: ResolvedMode
  readonly root: string
  /** The file this value would be written to (its extension may differ from the golden's). */
  readonly target: string
}

const plain = (text: string): string => text

/**
 * The failure message of `toMatchGoldenSorted`: the rule, where the texts first differ, a bounded
 * line diff (`goldenDiff`: cut after 200 changed lines, so a golden where most of 100,000 lines
 * changed still gives a short message in a fraction of the serialisation time), then what was
 * written, what failed to be written, and how to accept the change.
 *
 * @example describeGolden(this, { outcome, text, mode, root, target })
 * @internal
 */
export function describeGolden(ctx: MatcherContext, report: GoldenReport): string {
  const { outcome, text, mode, root, target } = report
  const file = displayPath(outcome.path, root)
  const head = hint(ctx, NAME)
  const after = [
    ...(outcome.pendingPath === undefined
      ? []
      : [
          `Pending: the received text was written to ${displayPath(outcome.pendingPath, root)} for review (npx expect-deterministic review).`,
        ]),
    ...describeFailure(outcome.writeFailure, root),
  ]
  switch (outcome.status) {
    case 'mismatch': {
      const golden = outcome.golden ?? ''
      const diff = goldenDiff(golden, text, {
        labels: { removed: 'Golden', added: 'Received' },
        colors: { removed: ctx.utils.EXPECTED_COLOR, added: ctx.utils.RECEIVED_COLOR, hunk: plain },
      })
      return [
        head,
        '',
        `Expected the canonical text of the received value to match the golden file ${file}.`,
        '',
        ...describeKindChange(outcome.path, target, root),
        `First difference at ${firstDifference(golden, text) ?? 'the end'}.`,
        '',
        diff.text,
        '',
        ...after,
        // In update mode a failed rewrite is the problem to fix; -u was given already.
        outcome.writeFailure?.path === outcome.path
          ? 'To accept the change: fix the problem and run the tests again.'
          : `To accept the change: ${acceptAdvice(ctx, mode, 'all')}.`,
      ].join('\n')
    }
    case 'missing': {
      const why =
        outcome.writeFailure?.path === outcome.path
          ? 'writing it failed (see below)'
          : `it was not written because ${whyNoWrites(mode)}`
      const create =
        outcome.writeFailure?.path === outcome.path
          ? 'To create it: fix the problem and run the tests again.'
          : `To create it: run the tests locally and commit the file, or ${acceptAdvice(ctx, mode, 'new')}.`
      return [
        head,
        '',
        `Expected the golden file ${file} to exist; ${why}.`,
        '',
        `Received:\n${ctx.utils.RECEIVED_COLOR(text)}`,
        '',
        ...after,
        create,
      ].join('\n')
    }
    default:
      // Only reachable through `.not`, which throws before: kept accurate all the same.
      return `${head}\n\nThe golden file ${file} was ${outcome.status}.`
  }
}

function describeFailure(failure: WriteFailure | undefined, root: string): string[] {
  if (failure === undefined) return []
  const { error } = failure
  const reason = typeof error?.message === 'string' ? error.message : String(error)
  return [
    `Could not write ${displayPath(failure.path, root)}: ${reason}`,
    'The golden file was left as it was. Free some disk space or make the folder writable, then run the tests again.',
  ]
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
