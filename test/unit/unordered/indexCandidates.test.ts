import { equals, iterableEquality } from '@jest/expect-utils'
import { expect as jestExpect } from 'expect'
import { describe, expect, test } from 'vitest'
import { MEMBER } from '../../../src/core/paths/pathStep'
import { createComparer } from '../../../src/unordered/createComparer'
import { createScope } from '../../../src/unordered/createScope'
import { indexCandidates, type Candidates } from '../../../src/unordered/indexCandidates'

const equality = (a: unknown, b: unknown) => equals(a, b, [iterableEquality])
const runner = createComparer(createScope({}), false, equality)

/** The sorted received indices each expected element is to be compared with (`all`: every one). */
function candidatesOf(received: unknown[], expected: unknown[], comparer = runner) {
  const at = comparer.scope.step(comparer.scope.root, MEMBER)
  const all = expected.map((_, k) => k)
  return indexCandidates(received, expected, all, comparer, at).map((lists: Candidates) =>
    lists === undefined ? 'all' : lists.flat().sort((a, b) => a - b),
  )
}

const rows = [
  { id: 1, name: 'a', active: true },
  { id: 2, name: 'b', active: true },
  { id: 3, name: 'c', active: false },
]

describe('indexCandidates', () => {
  test('passes when an element with a matcher meets only the records with its plain field values', () => {
    const expected = [
      { id: 2, name: jestExpect.any(String) },
      jestExpect.objectContaining({ id: 3 }),
    ]
    expect(candidatesOf(rows, expected)).toEqual([[1], [2]])
  })

  test('passes when the most telling field is indexed, whatever the key order', () => {
    // `active` has two values, `id` three: `id` decides, though `active` comes first.
    const expected = rows.map((row) => ({
      active: row.active,
      id: row.id,
      name: jestExpect.anything(),
    }))
    expect(candidatesOf(rows, expected)).toEqual([[0], [1], [2]])
  })

  test('fails to pair 0 with -0, and pairs NaN with NaN, as toEqual does', () => {
    const received = [{ id: -0 }, { id: 0 }, { id: Number.NaN }]
    const expected = [
      { id: 0, x: jestExpect.anything() },
      { id: Number.NaN, x: jestExpect.anything() },
    ]
    expect(candidatesOf(received, expected)).toEqual([[1], [2]])
    expect(equality({ id: -0, x: 1 }, expected[0])).toBe(false)
  })

  test('fails to pair a record missing the field, unless objectContaining finds it on the prototype', () => {
    class Row {
      get id() {
        return 1
      }
    }
    const received = [{ name: 'a' }, new Row(), { id: 1 }]
    const plain = { id: 1, name: jestExpect.any(String) }
    const containing = jestExpect.objectContaining({ id: 1 })
    expect(candidatesOf(received, [plain, containing])).toEqual([[2], [1, 2]])
    expect(equality(new Row(), containing)).toBe(true)
  })

  test('passes when nested arrays are keyed as multisets, but the sample of objectContaining in order', () => {
    const received = [{ tags: ['b', 'a'] }, { tags: ['a', 'b'] }]
    const plain = { tags: ['a', 'b'], x: jestExpect.anything() }
    const containing = jestExpect.objectContaining({ tags: ['a', 'b'] })
    expect(candidatesOf(received, [plain, containing])).toEqual([[0, 1], [1]])
    expect(equality(received[0], containing)).toBe(false)
    const ordered = createComparer(createScope({ deep: false }), false, equality)
    expect(candidatesOf(received, [plain], ordered)).toEqual([[1]])
  })

  test('passes when records the index cannot rule out meet every element', () => {
    const throwing = Object.defineProperty({}, 'id', {
      get() {
        throw new Error('no id')
      },
    })
    const received = [
      { id: 1 },
      jestExpect.anything(),
      { id: jestExpect.any(Number) },
      { id: new Map() },
      throwing,
      'id',
      null,
      { id: 2 },
    ]
    const expected = [{ id: 2, x: jestExpect.anything() }, jestExpect.objectContaining({ id: 2 })]
    expect(candidatesOf(received, expected)).toEqual([
      [1, 2, 3, 4, 5, 7],
      [1, 2, 3, 4, 5, 7],
    ])
  })

  test('passes when elements without a plain field, or custom testers, leave every pair to compare', () => {
    const expected = [{ name: jestExpect.any(String) }, jestExpect.arrayContaining([1])]
    expect(candidatesOf(rows, expected)).toEqual(['all', 'all'])
    const unkeyed = createComparer(createScope({}), false, { equals: equality, keyed: false })
    expect(candidatesOf(rows, [{ id: 1, x: jestExpect.anything() }], unkeyed)).toEqual(['all'])
  })

  test('passes when undefined properties are ignored by toEqual and told apart by toStrictEqual', () => {
    const received = [{ id: { a: 1, b: undefined } }, { id: { a: 1 } }]
    const expected = [{ id: { a: 1 }, x: jestExpect.anything() }]
    expect(candidatesOf(received, expected)).toEqual([[0, 1]])
    const strict = createComparer(createScope({}), true, (a, b) => equals(a, b, [], true))
    expect(candidatesOf(received, expected, strict)).toEqual([[1]])
  })

  test('passes when an ordered array with an undefined element meets every element, as Jest finds [undefined] equal to []', () => {
    const received = [{ tags: [undefined] }, { tags: [] }, { tags: [1] }]
    const containing = jestExpect.objectContaining({ tags: [] })
    expect(equality(received[0], containing)).toBe(true)
    expect(candidatesOf(received, [containing])).toEqual([[0, 1]])
    const ordered = createComparer(createScope({ deep: false }), false, equality)
    const plain = { tags: [], x: jestExpect.anything() }
    expect(candidatesOf(received, [plain], ordered)).toEqual([[0, 1]])
    expect(
      candidatesOf(received, [{ tags: [undefined], x: jestExpect.anything() }], ordered),
    ).toEqual(['all'])
  })
})
