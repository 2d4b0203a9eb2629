/**
 * expect-deterministic: the runner-free core (canonical normalizer, order, equality, serializer,
 * multiset matching, repeat engine, golden store), the `matchers` object for `expect.extend` and
 * the same checks as plain assertions.
 * This entry never loads a test runner or its types. It is the package's only barrel: every file
 * inside `src/` imports the concrete file it needs.
 * @packageDocumentation
 */

// Errors and shared types
export { ExpectDeterministicError, type ErrorCode } from './errors'
export type { Difference, EqualityOptions, NormalizeOptions, StringifyOptions } from './types'

// The core: paths, canonical form, order, text, equality
export { compilePaths, type PathSelector, type SelectorState } from './core/paths/compilePaths'
export { formatPath, formatStep } from './core/paths/formatPath'
export { parsePath, type PathSegment } from './core/paths/parsePath'
export { MEMBER, type PathStep } from './core/paths/pathStep'
export { Circular } from './core/canonical/Circular'
export { IGNORED, normalize } from './core/canonical/normalize'
export { DEFAULT_MAX_DEPTH } from './core/traversal/traversalError'
export { compareCanonical } from './core/order/compareCanonical'
export { stableSort } from './core/order/stableSort'
export { stableStringify } from './core/text/stableStringify'
export { deepEqual } from './core/equality/deepEqual'
export { findDifference } from './core/equality/findDifference'

// Unordered comparison (toEqualUnordered)
export { compareUnordered, type UnorderedResult } from './unordered/compareUnordered'
export { type UnorderedEquality, type UnorderedEquals } from './unordered/createComparer'
export { type UnorderedOptions } from './unordered/readUnorderedOptions'
export type {
  UnorderedCount,
  UnorderedElement,
  UnorderedMismatch,
  UnorderedPair,
} from './unordered/explainMismatch'
export { maximumMatching, type BipartiteMatching } from './unordered/maximumMatching'

// Repeat and compare (toBeIdempotent)
export { checkIdempotent, checkIdempotentProperty } from './idempotent/checkIdempotent'
export { IdempotenceCallbackError } from './idempotent/IdempotenceCallbackError'
export type {
  ArgumentMutation,
  CallRecord,
  IdempotenceResult,
  PerturbationReport,
  PerturbationSite,
} from './idempotent/IdempotenceResult'
export { PERTURB_SOURCES, type PerturbSource } from './idempotent/perturb/PerturbSource'
export {
  DEFAULT_TIMES,
  MAX_TIMES,
  type ArbitraryLike,
  type IdempotentOptions,
  type PropertyParameters,
} from './idempotent/readIdempotentOptions'
export type { PropertyIdempotenceResult } from './idempotent/runProperty'
export type { MutationFinding } from './idempotent/findMutation'
export type { Reordering } from './idempotent/perturb/shuffleCopy'
export { Thrown } from './idempotent/Thrown'

// Golden files (toMatchGoldenSorted)
export type { GoldenOptions } from './golden/parseGoldenArguments'

// The matchers, for expect.extend
export { matchers } from '../matchers/index'
// The same checks as plain assertions (node:assert's AssertionError), for any runner or none
export {
  assertEqualUnordered,
  assertGoldenSorted,
  assertIdempotent,
} from '../matchers/assert/plainAssertions'
export type { DeterministicAssertions } from '../matchers/assert/assertionTypes'
export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from '../matchers/types'
