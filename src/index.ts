/**
 * expect-deterministic: the runner-free core (canonical normalizer, order, equality, serializer,
 * multiset matching, repeat engine, golden store) and the `matchers` object for `expect.extend`.
 * This entry never loads a test runner or its types.
 * @packageDocumentation
 */
export { ExpectDeterministicError } from './errors'
export type { ErrorCode } from './errors'
export { compilePaths, formatPath, formatStep, parsePath, MEMBER } from './paths'
export type { PathSegment, PathSelector, PathStep, SelectorState } from './paths'
export type { Difference, NormalizeOptions, StringifyOptions } from './types'
export { normalize, Circular, IGNORED, DEFAULT_MAX_DEPTH } from './canonicalize'
export { compareCanonical } from './order'
export { stableSort } from './stableSort'
export { stableStringify } from './stringify'
export { deepEqual, findDifference } from './deepEqual'
export type { EqualityOptions } from './deepEqual'
// -- unordered (toEqualUnordered) exports below this line --
export { compareUnordered, maximumMatching, type BipartiteMatching, type UnorderedCount, type UnorderedElement, type UnorderedEquality, type UnorderedEquals, type UnorderedMismatch, type UnorderedOptions, type UnorderedPair, type UnorderedResult } from './unordered'
// -- repeat (toBeIdempotent) exports below this line --
export { checkIdempotent, checkIdempotentProperty, DEFAULT_TIMES, IdempotenceCallbackError, MAX_TIMES, Thrown, type CallRecord, type IdempotenceResult, type IdempotentOptions, type MutationFinding, type PropertyIdempotenceResult, type Reordering } from './repeat'
// -- golden (toMatchGoldenSorted) exports below this line --
export type { GoldenOptions } from './golden/options'
export { matchers } from '../matchers/index'
export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from '../matchers/types'
