/**
 * expect-deterministic: the runner-free core (canonical normalizer, order, equality, serializer,
 * multiset matching, repeat engine, golden store) and the `matchers` object for `expect.extend`.
 * This entry never loads a test runner or its types.
 * @packageDocumentation
 */
export { ExpectDeterministicError } from './errors'
export type { ErrorCode } from './errors'
export { compilePaths } from './core/paths/compilePaths'
export { formatPath, formatStep } from './core/paths/formatPath'
export { parsePath } from './core/paths/parsePath'
export { MEMBER } from './core/paths/pathStep'
export type { PathSegment } from './core/paths/parsePath'
export type { PathSelector, SelectorState } from './core/paths/compilePaths'
export type { PathStep } from './core/paths/pathStep'
export type { Difference, NormalizeOptions, StringifyOptions } from './types'
export { normalize, Circular, IGNORED, DEFAULT_MAX_DEPTH } from './core/canonical/normalize'
export { compareCanonical } from './core/order/compareCanonical'
export { stableSort } from './core/order/stableSort'
export { stableStringify } from './core/text/stableStringify'
export { deepEqual } from './core/equality/deepEqual'
export { findDifference } from './core/equality/findDifference'
export type { EqualityOptions } from './types'
// -- unordered (toEqualUnordered) exports below this line --
export { compareUnordered, maximumMatching, type BipartiteMatching, type UnorderedCount, type UnorderedElement, type UnorderedEquality, type UnorderedEquals, type UnorderedMismatch, type UnorderedOptions, type UnorderedPair, type UnorderedResult } from './unordered/compareUnordered'
// -- repeat (toBeIdempotent) exports below this line --
export { checkIdempotent, checkIdempotentProperty, DEFAULT_TIMES, IdempotenceCallbackError, MAX_TIMES, Thrown, type CallRecord, type IdempotenceResult, type IdempotentOptions, type MutationFinding, type PropertyIdempotenceResult, type Reordering } from './idempotent/checkIdempotent'
// -- golden (toMatchGoldenSorted) exports below this line --
export type { GoldenOptions } from './golden/parseGoldenArguments'
export { matchers } from '../matchers/index'
export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from '../matchers/types'
