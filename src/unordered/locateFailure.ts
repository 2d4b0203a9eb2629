import { compareStructurally } from '../core/equality/compareStructurally'
import { findDifference } from '../core/equality/findDifference'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { printablePath } from '../core/paths/formatPath'
import type { PathStep } from '../core/paths/pathStep'
import type { Difference } from '../types'
import {
  createComparer,
  equalAt,
  type UnorderedEquality,
  type UnorderedEquals,
} from './createComparer'
import { createScope } from './createScope'
import type { ElementComparer } from './ElementComparer'
import type { UnorderedMismatch } from './explainMismatch'
import { explainArrays, type Found, type Located } from './explainArrays'
import { locateStrictly } from './locateStrictly'
import { isAsymmetric } from './isAsymmetric'
import { matchArrays, type ArrayMatching } from './matchArrays'
import type { IdentifyBy, UnorderedOptions } from './readUnorderedOptions'
import { refineDifference } from './refineDifference'
import { resolveMatchers } from './resolveMatchers'
import { sortedCopy } from './sortedCopy'

/** Where and why two values are not equal as multisets: the report of a failed `compareUnordered`. @internal */
export interface FailureReport {
  readonly mismatch?: UnorderedMismatch
  readonly difference?: Difference
  readonly orderOnly?: readonly string[]
}

/** Explains a failed comparison, reusing the top-level matching when there was one. @internal */
export function explainFailure(
  received: unknown,
  expected: unknown,
  opts: UnorderedOptions,
  comparer: ElementComparer,
  equality: UnorderedEquals | UnorderedEquality | undefined,
  rootMatching: ArrayMatching | undefined,
): FailureReport {
  // Without the runner, one strict comparison of sorted copies finds the place in linear time.
  const { steps, ...found } =
    equality === undefined
      ? locateStrictly(received, expected, comparer, opts.identifyBy, rootMatching)
      : locate(received, expected, comparer, opts.identifyBy, rootMatching)
  if (opts.deep === false || opts.paths !== undefined) {
    const deepComparer = createComparer(
      createScope({}),
      opts.strict === true,
      equality,
      comparer.maxDepth,
      comparer.loose,
    )
    if (equalAt(received, expected, deepComparer, deepComparer.scope.root)) {
      const orderOnly = orderOnlyPaths(
        found,
        valueAt(received, steps),
        valueAt(expected, steps),
        deepComparer,
      )
      return { ...found, orderOnly }
    }
  }
  return found
}

/**
 * Walks down to the first multiset that fails to match, or the first difference elsewhere,
 * asking the runner's `equals` which child differs (children in key order).
 */
function locate(
  receivedRoot: unknown,
  expectedRoot: unknown,
  comparer: ElementComparer,
  identifyBy: IdentifyBy | undefined,
  known: ArrayMatching | undefined,
): Located {
  const { scope } = comparer
  const steps: PathStep[] = []
  let received = receivedRoot
  let expected = expectedRoot
  let state = scope.root
  let matching = known
  for (;;) {
    if (scope.unordered(state) && Array.isArray(expected) && Array.isArray(received)) {
      return explainArrays(received, expected, comparer, state, steps, identifyBy, matching)
    }
    matching = undefined
    const next = differingChild(received, expected, comparer, state)
    if (next === undefined) break
    steps.push(next)
    state = scope.step(state, next)
    received = (received as Record<PropertyKey, unknown>)[next as PropertyKey]
    expected = (expected as Record<PropertyKey, unknown>)[next as PropertyKey]
  }
  const left = sortedCopy(resolveMatchers(expected, received), scope, state, comparer.maxDepth)
  const right = sortedCopy(received, scope, state, comparer.maxDepth)
  const found = compareStructurally(left, right, true, comparer.maxDepth)
  const path = printablePath(steps)
  const difference =
    found.difference === undefined
      ? { path: '$', reason: 'values differ', left: expected, right: received }
      : refineDifference(found.difference, found.steps ?? [], left, right, scope, state)
  return { difference: { ...difference, path: path + difference.path.slice(1) }, steps }
}

/** The first child (in key order) that differs, when both values are containers to walk into. */
function differingChild(
  received: unknown,
  expected: unknown,
  comparer: ElementComparer,
  state: unknown,
): PathStep | undefined {
  const { scope } = comparer
  if (scope.inert(state) || isAsymmetric(expected) || !sameContainer(received, expected))
    return undefined
  const keys = Array.isArray(expected)
    ? expected.map((_, index) => index)
    : [...new Set([...Object.keys(expected as object), ...Object.keys(received as object)])].sort()
  for (const key of keys) {
    const r = (received as Record<string | number, unknown>)[key]
    const e = (expected as Record<string | number, unknown>)[key]
    if (!equalAt(r, e, comparer, scope.step(state, key))) return key
  }
  return undefined
}

/** Two arrays of one length, or two plain or class objects: containers `locate` can walk into. */
function sameContainer(received: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(received) && received.length === expected.length
  const kind = kindOf(expected)
  return (kind === Kind.Object || kind === Kind.Instance) && kindOf(received) === kind
}

/**
 * For a failure that every-array-unordered comparison would not have: the nested arrays whose
 * elements differ only in order, found by diffing each failed element with its deep partner.
 */
function orderOnlyPaths(
  found: Found,
  received: unknown,
  expected: unknown,
  deepComparer: ElementComparer,
): string[] {
  if (!('mismatch' in found)) return [arrayPathOf(found.difference.path)]
  const { mismatch } = found
  if (!Array.isArray(received) || !Array.isArray(expected)) return []
  const deep = matchArrays(received, expected, deepComparer, deepComparer.scope.root)
  if (deep === undefined) return []
  const failed = [
    ...mismatch.missing.map((m) => m.index),
    ...mismatch.changed.map((p) => p.expected.index),
    ...mismatch.counts.filter((c) => c.expected > c.received).flatMap((c) => c.indices),
  ]
  const paths = new Set<string>()
  for (const index of failed) {
    const partner = deep.expectedToReceived[index] as number
    if (partner === -1) continue
    const difference = findDifference(
      resolveMatchers(expected[index], received[partner]),
      received[partner],
      { maxDepth: deepComparer.maxDepth },
    )
    if (difference !== undefined)
      paths.add(arrayPathOf(`${mismatch.path}[*]${difference.path.slice(1)}`))
  }
  return [...paths].sort()
}

/** Drops the trailing index of a path to an array element: `$.a.tags[1]` -> `$.a.tags`. */
function arrayPathOf(path: string): string {
  return path.replace(/\[\d+\]$/, '')
}

function valueAt(root: unknown, steps: readonly PathStep[]): unknown {
  let current = root
  for (const step of steps) current = (current as Record<PropertyKey, unknown>)[step as PropertyKey]
  return current
}
