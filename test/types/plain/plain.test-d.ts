// The plain assertions of the root entry: no runner, no augmentation, return types that say when
// to `await`.
import {
  assertEqualUnordered,
  assertGoldenSorted,
  assertIdempotent,
  type DeterministicAssertions,
} from 'expect-deterministic'
import { expectTypeOf } from 'expect-type'
import fc from 'fast-check'

const build = (rows: readonly { id: number }[]) => rows.map((row) => row.id)
const fetchRows = async () => [{ id: 1 }]

expectTypeOf(assertEqualUnordered([1, 2], [2, 1])).toEqualTypeOf<void>()
expectTypeOf(assertEqualUnordered({ a: [1] }, { a: [1] }, { paths: ['$.a'] })).toEqualTypeOf<void>()
expectTypeOf(assertIdempotent(build, { args: [[{ id: 1 }]], shuffle: true })).toEqualTypeOf<void>()
expectTypeOf(assertIdempotent(build, 3)).toEqualTypeOf<void>()
expectTypeOf(assertIdempotent(fetchRows, 3, { concurrent: true })).toEqualTypeOf<Promise<void>>()
expectTypeOf(assertIdempotent((n: number) => n, { args: fc.tuple(fc.integer()) })).toEqualTypeOf<
  Promise<void>
>()
expectTypeOf(assertGoldenSorted({ a: 1 }, 'report')).toEqualTypeOf<void>()
expectTypeOf(assertGoldenSorted({ a: 1 }, 'report', { ignore: ['$.at'] })).toEqualTypeOf<void>()
expectTypeOf(assertGoldenSorted(fetchRows(), 'rows')).toEqualTypeOf<Promise<void>>()
expectTypeOf<DeterministicAssertions['equalUnordered']>().parameters.toEqualTypeOf<
  [actual: unknown, expected: unknown, options?: import('expect-deterministic').UnorderedOptions]
>()

// @ts-expect-error a golden outside a runner needs a name
assertGoldenSorted({ a: 1 })
// @ts-expect-error only functions can be called repeatedly
assertIdempotent(42)
// @ts-expect-error unknown option
assertEqualUnordered([1], [1], { depp: true })
// @ts-expect-error times must be a number
assertIdempotent(build, '3')
