import { runInNewContext } from 'node:vm'
import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { toBeIdempotent } from '../../matchers/toBeIdempotent'
import { toEqualUnordered } from '../../matchers/toEqualUnordered'
import { Thrown } from '../../src/idempotent/Thrown'
import {
  checkIdempotent,
  deepEqual,
  type ExpectDeterministicError,
  normalize,
  stableStringify,
} from '../../src/index'

// Vitest's first: both share one registry of matchers, and the second `extend` wins.
expect.extend({ toBeIdempotent, toEqualUnordered })
jestExpect.extend({ toBeIdempotent, toEqualUnordered } as never)

type Check = (value: unknown) => {
  toBeIdempotent(options?: object): unknown
  toEqualUnordered(expected: unknown, options?: object): unknown
}
const runners: [string, Check][] = [
  ['vitest', expect as unknown as Check],
  ['jest', jestExpect as unknown as Check],
]

/** The error `run` throws (the test fails when it does not throw). */
function thrownBy(run: () => unknown): ExpectDeterministicError {
  try {
    run()
  } catch (error) {
    return error as ExpectDeterministicError
  }
  throw new Error('Expected a throw.')
}

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const trapping = (): object =>
  new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('trap!')
      },
    },
  )
class ErrorWithBadMessage extends Error {
  override get message(): string {
    throw new Error('gotcha')
  }
}

describe.each(runners)('hostile values under %s’s expect', (_runner, check) => {
  test('throws UNREADABLE naming the call when fn returns a revoked Proxy or a trapping one', () => {
    for (const make of [revoked, trapping]) {
      const error = thrownBy(() => check(make).toBeIdempotent())
      expect(error.code).toBe('UNREADABLE')
      expect(error.message).toMatch(/^Call 1: Reading the value at \$ threw/)
    }
  })

  test('throws UNREADABLE at $.message when fn throws an error whose message getter throws', () => {
    const fn = () => {
      throw new ErrorWithBadMessage()
    }
    for (const options of [{}, { errors: 'compare' }]) {
      const error = thrownBy(() => check(fn).toBeIdempotent(options))
      expect(error.code).toBe('UNREADABLE')
      expect(error.path).toBe('$.message')
      expect(error.message).toMatch(/threw \(Error: gotcha\)/)
    }
  })

  test('throws UNREADABLE with the path for an argument with a throwing getter', () => {
    const args = [
      {
        rows: [
          {
            get secret(): string {
              throw new Error('no')
            },
          },
        ],
      },
    ]
    const error = thrownBy(() => check((x: unknown) => x).toBeIdempotent({ args }))
    expect(error.code).toBe('UNREADABLE')
    expect(error.message).toMatch(/^Call 1: Reading the value at \$\[0\]\.rows\[0\]\.secret threw/)
  })

  test('passes when an argument Map hides its entries behind an overridden iterator', () => {
    class Hiding extends Map<string, number> {
      override [Symbol.iterator](): MapIterator<[string, number]> {
        throw new Error('iterator')
      }
    }
    check((m: Map<string, number>) => Map.prototype.get.call(m, 'a')).toBeIdempotent({
      args: [new Hiding([['a', 1]])],
    })
  })

  test('throws UNREADABLE for toEqualUnordered on a revoked Proxy, naming the path', () => {
    const error = thrownBy(() => check({ p: revoked() }).toEqualUnordered({ p: {} }))
    expect(error.code).toBe('UNREADABLE')
    expect(error.path).toBe('$.p')
  })

  test('passes when toEqualUnordered compares parent/child data and self-containing arrays', () => {
    const tree = (first: number, second: number) => {
      const p: Record<string, unknown> = { name: 'p' }
      p.kids = [
        { parent: p, n: first },
        { parent: p, n: second },
      ]
      return p
    }
    check(tree(1, 2)).toEqualUnordered(tree(2, 1))
    expect(() => check(tree(1, 2)).toEqualUnordered(tree(1, 3))).toThrow(
      // Each kid holds its parent, so every kid differs once one does.
      /At \$\.kids: 2 missing, 2 extra/,
    )
    const a: unknown[] = [1]
    a.push(a)
    const b: unknown[] = [1]
    b.push(b)
    check(a).toEqualUnordered(b)
  })

  test('passes when fn returns a huge sparse array, without visiting its holes', () => {
    check(() => new Array(1e9)).toBeIdempotent({ times: 2 })
  })

  test('fails when errors of another realm differ in message, with errors: compare', () => {
    let i = 0
    const errors = runInNewContext(
      "Array.from({ length: 3 }, (_, i) => new RangeError('size ' + i))",
    ) as Error[]
    const fn = () => {
      throw errors[i++]
    }
    expect(() => check(fn).toBeIdempotent({ errors: 'compare', times: 3 })).toThrow(
      /"message": "size 0"/,
    )
  })

  test('passes when a structuredClone’d Map reaches fn as a working Map', () => {
    const map = runInNewContext("new Map([['a', 1]])") as Map<string, number>
    check((m: Map<string, number>) => m.get('a')).toBeIdempotent({ args: [map] })
  })
})

describe('hostile values in the core', () => {
  test('throws UNREADABLE for a Proxy whose traps throw, in every function', () => {
    for (const run of [
      () => normalize({ x: trapping() }),
      () => stableStringify({ x: trapping() }),
      () => deepEqual({ x: trapping() }, { x: {} }),
    ]) {
      const error = thrownBy(run)
      expect(error.code).toBe('UNREADABLE')
      expect(error.path).toBe('$.x')
    }
  })

  test('passes when Thrown reads errors of another realm by class and message', () => {
    const foreign = runInNewContext("new TypeError('x')") as Error
    expect({ ...new Thrown(foreign) }).toEqual({ class: 'TypeError', message: 'x' })
    expect(thrownBy(() => new Thrown(new ErrorWithBadMessage())).path).toBe('$.message')
  })

  test('passes when checkIdempotent sees a revoked Proxy as unreadable output, not a thenable', () => {
    expect(() => checkIdempotent(revoked)).toThrow(/^Call 1: Reading the value at \$ threw/)
  })
})
