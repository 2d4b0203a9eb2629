// node:test: `import 'expect-deterministic/node-test'` types t.assert's three new methods.
import 'expect-deterministic/node-test'
import { expectTypeOf } from 'expect-type'
import { describe, test } from 'node:test'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

describe('t.assert', () => {
  test('sync forms return void, async ones promises', (t) => {
    expectTypeOf(t.assert.equalUnordered([1, 2], [2, 1], { deep: false })).toEqualTypeOf<void>()
    expectTypeOf(
      t.assert.idempotent(build, { args: [[{ id: 1 }]], shuffle: true }),
    ).toEqualTypeOf<void>()
    expectTypeOf(t.assert.idempotent(fetchRows, 3, { concurrent: true })).toEqualTypeOf<
      Promise<void>
    >()
    expectTypeOf(t.assert.goldenSorted({ a: 1 })).toEqualTypeOf<void>()
    expectTypeOf(
      t.assert.goldenSorted({ a: 1 }, 'named', { unordered: true }),
    ).toEqualTypeOf<void>()
    expectTypeOf(t.assert.goldenSorted({ a: 1 }, { dir: 'goldens' })).toEqualTypeOf<void>()
    expectTypeOf(t.assert.goldenSorted(fetchRows())).toEqualTypeOf<Promise<void>>()
    // node:assert's own methods are still there.
    expectTypeOf(t.assert.deepStrictEqual).toBeFunction()
  })

  test('wrong arguments do not compile', (t) => {
    // @ts-expect-error unknown option
    t.assert.equalUnordered([1], [1], { depp: true })
    // @ts-expect-error only functions can be called repeatedly
    t.assert.idempotent(42)
    // @ts-expect-error the name is a string
    t.assert.goldenSorted({ a: 1 }, 7)
  })
})
