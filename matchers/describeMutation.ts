import type { ArgumentMutation } from '../src/idempotent/IdempotenceResult'
import type { MatcherContext } from './context'

/** Puts names on the core's "left" and "right" (`missing on the left` -> `missing before the call`). @internal */
export function sides(reason: string, left: string, right: string): string {
  return reason
    .replace(/on the left$/, left.startsWith('call') ? `in ${left}` : left)
    .replace(/on the right$/, right.startsWith('call') ? `in ${right}` : right)
}

/** The headline of a failure whose only finding is a changed argument. @internal */
export function mutationHeadline(mutation: ArgumentMutation): string {
  const reordered = mutation.reordered
  if (reordered !== undefined) {
    return (
      `Expected every call to leave its arguments unchanged, but call ${mutation.call} reordered argument ` +
      `${mutation.argument} at ${reordered.path}.`
    )
  }
  return `Expected every call to leave its arguments unchanged, but call ${mutation.call} mutated argument ${mutation.argument} at ${mutation.path}.`
}

/**
 * What a changed argument looks like: the path, and the values before and after the call; for an
 * array whose elements were only reordered (an in-place `sort`), the whole array before and after
 * and how to sort a copy instead.
 * @internal
 */
export function describeMutation(
  ctx: MatcherContext,
  all: readonly ArgumentMutation[],
  first: ArgumentMutation,
  secondary: boolean,
): string {
  const count = all.length > 1 ? `; ${all.length} of the calls changed their arguments` : ''
  const reordered = first.reordered
  if (reordered !== undefined) {
    const heading = secondary
      ? `Also, call ${first.call} reordered argument ${first.argument} at ${reordered.path} (the same elements in another order${count}):\n`
      : `Argument ${first.argument} at ${reordered.path} holds the same elements in another order after the call${count === '' ? '' : ` (${count.slice(2)})`}:\n`
    return (
      heading +
      `Before: ${ctx.utils.printExpected(reordered.before)}\n` +
      `After:  ${ctx.utils.printReceived(reordered.after)}\n\n` +
      "An in-place sort or reverse changes the caller's array. Sort a copy instead (xs.toSorted(…) or [...xs].sort(…)), " +
      'or, if reordering the argument is intended, pass { allowMutation: true }.'
    )
  }
  const where = sides(first.reason, 'before the call', 'after the call')
  const heading = secondary
    ? `Also, call ${first.call} mutated argument ${first.argument} at ${first.path} (${where}${count}):\n`
    : `Difference at ${first.path} of argument ${first.argument} (${where}${count}):\n`
  return (
    heading +
    `Before: ${ctx.utils.printExpected(first.before)}\n` +
    `After:  ${ctx.utils.printReceived(first.after)}\n\n` +
    'Each call got its own copy of the arguments, so the change did not reach the other calls, but callers ' +
    'sharing one value would see it. If changing the arguments is intended, pass { allowMutation: true }.'
  )
}
