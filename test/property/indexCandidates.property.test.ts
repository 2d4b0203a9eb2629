import { equals as jestEquals, iterableEquality as jestIterable } from '@jest/expect-utils'
import { equals as vitestEquals, iterableEquality as vitestIterable } from '@vitest/expect'
import { expect as jestExpect } from 'expect'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MEMBER } from '../../src/core/paths/pathStep'
import { createComparer } from '../../src/unordered/createComparer'
import { createScope } from '../../src/unordered/createScope'
import type { ElementComparer } from '../../src/unordered/ElementComparer'
import { indexCandidates } from '../../src/unordered/indexCandidates'
import { matchArrays } from '../../src/unordered/matchArrays'
import { maximumMatching } from '../../src/unordered/maximumMatching'

type Matchers = Pick<
  typeof jestExpect,
  'any' | 'anything' | 'stringMatching' | 'closeTo' | 'objectContaining' | 'arrayContaining'
>

// Each runner's equals with its own matchers, as toEqualUnordered calls it, toEqual and toStrictEqual.
const runners: [string, Matchers, (strict: boolean) => (a: unknown, b: unknown) => boolean][] = [
  ['jest', jestExpect, (strict) => (a, b) => jestEquals(a, b, [jestIterable], strict)],
  ['vitest', expect, (strict) => (a, b) => vitestEquals(a, b, [vitestIterable], strict)],
]
const variants = runners.flatMap(([name, matchers, equals]) =>
  [false, true].flatMap((strict) =>
    [{}, { deep: false }].map((options) => ({
      name: `${name}${strict ? ', strict' : ''}${options.deep === false ? ', deep: false' : ''}`,
      matchers,
      comparer: createComparer(createScope(options), strict, equals(strict)),
    })),
  ),
)

// Small domains, so equal fields, near misses (0 and -0, a missing key and undefined) and large
// buckets are common.
const leaf = fc.oneof(
  fc.integer({ min: 0, max: 2 }),
  fc.constantFrom('a', 'b', -0, Number.NaN, null, undefined),
)
const field = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.record({ c: leaf }))
const record = fc.record({ id: field, name: field, tags: field }, { requiredKeys: [] })
class Row {
  get kind(): string {
    return 'row'
  }
}
// Received elements: records, class instances (objectContaining reads their getters), bare leaves,
// and records holding a matcher themselves.
const received = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: record },
    { weight: 1, arbitrary: record.map((r) => Object.assign(new Row(), r)) },
    { weight: 1, arbitrary: leaf },
    { weight: 1, arbitrary: fc.constant({ id: jestExpect.any(Number), name: 'a' }) },
    { weight: 1, arbitrary: fc.constant(jestExpect.anything()) },
  ),
  { maxLength: 12 },
)

type MatcherName = 'any' | 'anything' | 'stringMatching' | 'closeTo'
const matcherName = fc.constantFrom<MatcherName>('any', 'anything', 'stringMatching', 'closeTo')
/** An expected element: a record with some fields matchers, or objectContaining, or arrayContaining. */
const shape = fc.record({
  base: fc.oneof(record, fc.nat()),
  kind: fc.constantFrom('fields', 'fields', 'containing', 'arrayContaining'),
  replaced: fc.subarray(['id', 'name', 'tags']),
  matcher: matcherName,
  // objectContaining may ask for a getter of the prototype.
  getter: fc.boolean(),
})

function build(
  m: Matchers,
  spec: { base: unknown; kind: string; replaced: string[]; matcher: MatcherName; getter: boolean },
  pool: readonly unknown[],
): unknown {
  // A number picks a received element, so most expected elements have a true partner.
  const picked =
    typeof spec.base === 'number' ? pool[spec.base % Math.max(pool.length, 1)] : spec.base
  const base = typeof picked === 'object' && picked !== null ? picked : { id: picked }
  const make = (): unknown =>
    ({
      any: m.any(String),
      anything: m.anything(),
      stringMatching: m.stringMatching(/a/),
      closeTo: m.closeTo(1, 0.5),
    })[spec.matcher]
  if (spec.kind === 'arrayContaining') return m.arrayContaining([])
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const key of spec.replaced) if (key in copy || spec.kind === 'fields') copy[key] = make()
  // Every element holds a matcher, so every one is compared pairwise.
  if (spec.kind === 'fields') return spec.replaced.length > 0 ? copy : m.objectContaining(copy)
  if (spec.getter) copy.kind = 'row'
  return m.objectContaining(copy)
}

/** The maximum matching over every pair, as matchArrays builds it when all elements are pairwise. */
function allPairs(
  actual: readonly unknown[],
  wanted: readonly unknown[],
  comparer: ElementComparer,
) {
  const member = comparer.scope.step(comparer.scope.root, MEMBER)
  const forms = wanted.map((e) => comparer.prepareExpected(e, member))
  const neighbours = actual.map((r) => {
    const form = comparer.prepareReceived(r, member)
    return forms.flatMap((e, k) => (comparer.test(form, e) ? [k] : []))
  })
  return { neighbours, matching: maximumMatching(wanted.length, neighbours) }
}

describe.each(variants)('indexed matching ($name)', ({ matchers, comparer }) => {
  const arrays = received.chain((actual) =>
    fc
      .array(shape, { maxLength: 12 })
      .map((specs) => ({ actual, wanted: specs.map((spec) => build(matchers, spec, actual)) })),
  )

  test('never drops a pair that equals: every equal pair is among the candidates', () => {
    fc.assert(
      fc.property(arrays, ({ actual, wanted }) => {
        const member = comparer.scope.step(comparer.scope.root, MEMBER)
        const all = wanted.map((_, k) => k)
        const candidates = indexCandidates(actual, wanted, all, comparer, member)
        const { neighbours } = allPairs(actual, wanted, comparer)
        neighbours.forEach((ks, i) => {
          for (const k of ks) {
            const lists = candidates[k]
            expect(lists === undefined || lists.some((list) => list.includes(i))).toBe(true)
          }
        })
      }),
      {
        numRuns: 300,
        // Jest's toEqual finds [undefined] equal to [] (Vitest's does not): no key may part them.
        examples: [
          [{ actual: [{ tags: [undefined] }], wanted: [matchers.objectContaining({ tags: [] })] }],
        ],
      },
    )
  })

  test('pairs exactly as the maximum matching over every pair does, never greedily', () => {
    fc.assert(
      fc.property(arrays, ({ actual, wanted }) => {
        const { matching } = allPairs(actual, wanted, comparer)
        const found = matchArrays(actual, wanted, comparer, comparer.scope.root)
        expect(found?.size).toBe(matching.size)
        expect([...(found?.receivedToExpected ?? [])]).toEqual([...matching.leftToRight])
      }),
      {
        numRuns: 300,
        examples: [
          // A first fit pairs the first record with anything() and strands the second.
          [
            {
              actual: [
                { id: 1, name: 'a' },
                { id: 1, name: 'b' },
              ],
              wanted: [
                { id: 1, name: matchers.anything() },
                { id: 1, name: matchers.stringMatching(/a/) },
              ],
            },
          ],
        ],
      },
    )
  })
})
