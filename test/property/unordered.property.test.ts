import { equals as vitestEquals, iterableEquality } from '@vitest/expect'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compareUnordered } from '../../src/unordered/compareUnordered'
import { type UnorderedEquality } from '../../src/unordered/createComparer'

const runner: UnorderedEquality = { equals: (a, b) => vitestEquals(a, b, [iterableEquality]) }
const variants: [string, UnorderedEquality | undefined][] = [
  ['deepEqual', undefined],
  ['vitest equals', runner],
  ['vitest equals, unkeyed', { ...runner, keyed: false }],
]

// Small domains, so equal elements and near misses are common.
const { value } = fc.letrec<{ value: unknown; leaf: unknown }>((tie) => ({
  leaf: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('a', 'b'), fc.constant(null)),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.record({ x: tie('value'), y: tie('value') }, { requiredKeys: ['x'], noNullPrototype: true }),
  ),
}))
const list = fc.array(value, { maxLength: 6 })

/** A copy with every array at every depth shuffled by a small seeded generator. */
function deepShuffle(x: unknown, seed: { s: number }): unknown {
  if (Array.isArray(x)) {
    const out = x.map((item) => deepShuffle(item, seed))
    for (let i = out.length - 1; i > 0; i--) {
      seed.s = (seed.s * 1103515245 + 12345) % 2147483648
      const j = seed.s % (i + 1)
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  if (typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, deepShuffle(v, seed)]))
  }
  return x
}

/** Replaces the first number leaf (depth-first) with 99, a value the arbitraries never make. */
function changeLeaf(x: unknown): { value: unknown; changed: boolean } {
  if (typeof x === 'number') return { value: 99, changed: true }
  if (Array.isArray(x)) {
    const out = [...x]
    for (let i = 0; i < out.length; i++) {
      const r = changeLeaf(out[i])
      if (r.changed) return { value: Object.assign(out, { [i]: r.value }), changed: true }
    }
    return { value: out, changed: false }
  }
  if (typeof x === 'object' && x !== null) {
    for (const [k, v] of Object.entries(x)) {
      const r = changeLeaf(v)
      if (r.changed) return { value: { ...x, [k]: r.value }, changed: true }
    }
  }
  return { value: x, changed: false }
}

/** The reference: deep multiset equality by trying every permutation; matchers in `b` allowed. */
function reference(a: unknown, b: unknown): boolean {
  if (
    typeof b === 'object' &&
    b !== null &&
    typeof (b as { asymmetricMatch?: unknown }).asymmetricMatch === 'function'
  ) {
    return (b as { asymmetricMatch(x: unknown): boolean }).asymmetricMatch(a)
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    const used = new Array<boolean>(b.length).fill(false)
    const go = (i: number): boolean => {
      if (i === a.length) return true
      for (let j = 0; j < b.length; j++) {
        if (!used[j] && reference(a[i], b[j])) {
          used[j] = true
          if (go(i + 1)) return true
          used[j] = false
        }
      }
      return false
    }
    return go(0)
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    return (
      ka.length === kb.length &&
      ka.every((k, i) => k === kb[i] && reference((a as never)[k], (b as never)[k]))
    )
  }
  return Object.is(a, b)
}

const matcher = fc.constantFrom(
  expect.any(Number),
  expect.any(String),
  expect.anything(),
  expect.objectContaining({}),
)

describe.each(variants)('compareUnordered (%s)', (_name, equality) => {
  test('passes when any deep shuffle of x is compared with x', () => {
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 2 ** 30 }), (x, s) => {
        expect(compareUnordered(deepShuffle(x, { s }), x, {}, equality).pass).toBe(true)
        expect(compareUnordered(x, deepShuffle(x, { s }), {}, equality).pass).toBe(true)
      }),
    )
  })

  test('fails when one leaf changes', () => {
    fc.assert(
      fc.property(list, (x) => {
        const changed = changeLeaf(x)
        fc.pre(changed.changed)
        expect(compareUnordered(changed.value, x, {}, equality).pass).toBe(false)
        expect(compareUnordered(x, changed.value, {}, equality).pass).toBe(false)
      }),
    )
  })

  test('fails when one multiplicity changes', () => {
    fc.assert(
      fc.property(list, fc.nat(), (x, pick) => {
        fc.pre(x.length > 0)
        const more = [...x, x[pick % x.length]]
        expect(compareUnordered(more, x, {}, equality).pass).toBe(false)
        expect(compareUnordered(x, more, {}, equality).pass).toBe(false)
      }),
    )
  })

  test('passes when the result does not depend on the order of expected', () => {
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: 2 ** 30 }), (a, b, s) => {
        const result = compareUnordered(a, b, {}, equality)
        const shuffled = compareUnordered(a, deepShuffle(b, { s }), {}, equality)
        expect(shuffled.pass).toBe(result.pass)
        expect(shuffled.mismatch?.matched).toBe(result.mismatch?.matched)
        expect(result.pass).toBe(reference(a, b))
      }),
    )
  })
})

describe('compareUnordered with asymmetric matchers', () => {
  test('passes exactly when a brute-force search over all permutations finds a pairing', () => {
    const expectedList = fc.array(fc.oneof(value, matcher), { maxLength: 5 })
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), expectedList, (received, expected) => {
        expect(compareUnordered(received, expected, {}, runner).pass).toBe(
          reference(received, expected),
        )
        expect(compareUnordered(received, expected, {}, { ...runner, keyed: false }).pass).toBe(
          reference(received, expected),
        )
      }),
      { numRuns: 300 },
    )
  })

  test('passes when a matcher-containing expected list is built from received by a shuffle', () => {
    // Replace some received elements by matchers that accept them (and values equal to them), then
    // shuffle: a pairing exists, so the comparison must pass.
    class Accepts {
      constructor(readonly sample: unknown) {}
      asymmetricMatch(other: unknown): boolean {
        return reference(other, this.sample)
      }
    }
    fc.assert(
      fc.property(
        list,
        fc.array(fc.boolean()),
        fc.integer({ min: 0, max: 2 ** 30 }),
        (received, mask, s) => {
          const expected = received.map((el, i) => (mask[i] === true ? new Accepts(el) : el))
          const shuffled = deepShuffle(expected, { s }) as unknown[]
          expect(compareUnordered(received, shuffled, {}, runner).pass).toBe(true)
        },
      ),
    )
  })
})
