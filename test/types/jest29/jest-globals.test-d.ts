// Jest 29 with `import { expect } from '@jest/globals'`.
import { expect, test as it } from '@jest/globals'
import type {} from 'expect-deterministic/jest'
import { expectTypeOf } from 'expect-type'

const fetchRows = async () => [{ id: 1 }]

it('matchers and their results', () => {
  expectTypeOf(expect([1, 2]).toEqualUnordered([2, 1])).toEqualTypeOf<void>()
  expectTypeOf(expect(fetchRows).toBeIdempotent({ concurrent: true })).toEqualTypeOf<
    Promise<void>
  >()
  expect({ ids: [2, 1] }).toEqual({ ids: expect.toEqualUnordered([1, 2]) })
  // @ts-expect-error unknown option
  expect([1]).toEqualUnordered([1], { deeep: true })
})
