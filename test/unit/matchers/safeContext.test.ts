import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import type { MatcherContext } from '../../../matchers/context'
import { diagnose, safeContext } from '../../../matchers/safeContext'
import { ExpectDeterministicError } from '../../../src/errors'

// A matcher context from Jest's expect: its printers are the ones that recurse.
let captured: MatcherContext | undefined
function capture(this: MatcherContext) {
  // The context Jest hands a matcher, kept to build safe contexts from.
  captured = Object.assign({}, this)
  return { pass: true, message: () => '' }
}
jestExpect.extend({ capture } as never)
;(jestExpect(1) as unknown as { capture(): void }).capture()
const ctx = safeContext(captured as MatcherContext)

describe('safeContext', () => {
  test('passes when shallow values print as the runner prints them', () => {
    expect(ctx.utils.printExpected([1])).toBe((captured as MatcherContext).utils.printExpected([1]))
  })

  test('passes when a value too deep for the runner prints as the start of its canonical text', () => {
    const overflowing = () => {
      throw new RangeError('Maximum call stack size exceeded')
    }
    const base = captured as MatcherContext
    const guarded = safeContext({
      ...base,
      utils: { ...base.utils, printReceived: overflowing, printExpected: overflowing },
    })
    let value: unknown = 'leaf'
    for (let i = 0; i < 100_000; i++) value = new Map([['k', value]])
    const printed = guarded.utils.printReceived(value)
    expect(printed).toMatch(/^Map \{"k"=>Map/)
    expect(printed).toMatch(/characters of canonical text; too deep for the runner to print\)$/)
    expect(guarded.utils.printExpected(Promise.resolve())).toMatch(/^\[UNCOMPARABLE: /)
  })

  test('passes when a diff the runner cannot make becomes a sentence', () => {
    const base = captured as MatcherContext
    const guarded = safeContext({
      ...base,
      utils: {
        ...base.utils,
        diff: () => {
          throw new RangeError('Maximum call stack size exceeded')
        },
      },
    })
    expect(guarded.utils.diff(1, 2)).toBe('The values are too deep for the runner to diff.')
  })

  test('throws UNREADABLE with the path when the runner’s printer cannot read a value', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    let error: unknown
    try {
      ctx.utils.printReceived({ inner: proxy })
    } catch (e) {
      error = e
    }
    expect((error as ExpectDeterministicError).code).toBe('UNREADABLE')
    expect((error as ExpectDeterministicError).path).toBe('$.inner')
  })

  test('passes when diagnose keeps the original error for a value the core reads fine', () => {
    const original = new Error('other')
    expect(diagnose(original, { fine: 1 })).toBe(original)
    const ours = new ExpectDeterministicError('BAD_OPTIONS', 'x')
    expect(diagnose(ours, {})).toBe(ours)
  })
})
