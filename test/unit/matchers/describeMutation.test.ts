import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import type { ArgumentMutation } from '../../../src/idempotent/IdempotenceResult'
import { describeMutation, mutationHeadline, sides } from '../../../matchers/describeMutation'
import type { MatcherContext } from '../../../matchers/context'
import { stripAnsi } from '../../helpers/failureOf'

/** A matcher context with Jest's utils, as `expect.extend` gives one. */
function context(): MatcherContext {
  let captured: MatcherContext | undefined
  jestExpect.extend({
    capture(this: MatcherContext) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test needs the runner's `this`
      captured = this
      return { pass: true, message: () => '' }
    },
  } as never)
  ;(jestExpect(1) as unknown as { capture(): void }).capture()
  return captured as MatcherContext
}

const sorted: ArgumentMutation = {
  call: 1,
  argument: 0,
  path: '$[0]',
  reason: 'values differ',
  before: 3,
  after: 1,
  reordered: { path: '$', before: [3, 1], after: [1, 3] },
}

describe('describeMutation', () => {
  test('says an argument was reordered, showing the whole array, and how to sort a copy', () => {
    expect(mutationHeadline(sorted)).toBe(
      'Expected every call to leave its arguments unchanged, but call 1 reordered argument 0 at $.',
    )
    expect(stripAnsi(describeMutation(context(), [sorted], sorted, false))).toBe(
      'Argument 0 at $ holds the same elements in another order after the call:\n' +
        'Before: [3, 1]\nAfter:  [1, 3]\n\n' +
        "An in-place sort or reverse changes the caller's array. Sort a copy instead (xs.toSorted(…) or [...xs].sort(…)), or, if reordering the argument is intended, pass { allowMutation: true }.",
    )
  })

  test('shows any other change at its path', () => {
    const changed: ArgumentMutation = {
      ...sorted,
      reordered: undefined,
      reason: 'key missing on the left',
      path: '$.tags',
    }
    expect(mutationHeadline(changed)).toMatch(/call 1 mutated argument 0 at \$\.tags\.$/)
    expect(stripAnsi(describeMutation(context(), [changed, changed], changed, true))).toMatch(
      /^Also, call 1 mutated argument 0 at \$\.tags \(key missing before the call; 2 of the calls changed their arguments\):/,
    )
    expect(sides('missing on the right', 'call 1', 'call 2')).toBe('missing in call 2')
  })
})
