import { findDifference } from '../core/equality/findDifference'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { formatPath } from '../core/paths/formatPath'
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
import { explainMismatch, type UnorderedMismatch } from './explainMismatch'
import { extraProperties } from './extraKeys'
import { isAsymmetric } from './isAsymmetric'
import { isPerfect, matchArrays, type ArrayMatching } from './matchArrays'
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
  const { steps, ...found } = locate(
    received,
    expected,
    comparer,
    comparer.scope.root,
    [],
    opts.identifyBy,
    rootMatching,
  )
  if (opts.deep === false || opts.paths !== undefined) {
    const deepComparer = createComparer(createScope({}), opts.strict === true, equality)
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

type Found = { mismatch: UnorderedMismatch } | { difference: Difference }
type Located = Found & { steps: readonly PathStep[] }

/** Walks down to the first multiset that fails to match, or the first difference elsewhere. */
function locate(
  received: unknown,
  expected: unknown,
  comparer: ElementComparer,
  state: unknown,
  steps: PathStep[],
  identifyBy: IdentifyBy | undefined,
  known?: ArrayMatching,
): Located {
  const { scope } = comparer
  const path = formatPath(steps)
  if (scope.unordered(state) && Array.isArray(expected) && Array.isArray(received)) {
    const matching = known ?? (matchArrays(received, expected, comparer, state) as ArrayMatching)
    if (isPerfect(matching, received, expected, comparer)) {
      const { path: at, ...rest } = extrasDifference(received, expected)
      return { difference: { ...rest, path: path + at.slice(1) }, steps }
    }
    return {
      mismatch: explainMismatch(received, expected, matching, comparer, state, steps, identifyBy),
      steps,
    }
  }
  if (!scope.inert(state) && !isAsymmetric(expected) && sameContainer(received, expected)) {
    const keys = Array.isArray(expected)
      ? (expected as unknown[]).map((_, index) => index)
      : [
          ...new Set([...Object.keys(expected as object), ...Object.keys(received as object)]),
        ].sort()
    for (const key of keys) {
      const next = scope.step(state, key)
      const r = (received as Record<string | number, unknown>)[key]
      const e = (expected as Record<string | number, unknown>)[key]
      if (!equalAt(r, e, comparer, next))
        return locate(r, e, comparer, next, [...steps, key], identifyBy)
    }
  }
  const left = sortedCopy(resolveMatchers(expected, received), scope, state)
  const right = sortedCopy(received, scope, state)
  const found = findDifference(left, right)
  const difference =
    found === undefined
      ? { path: '$', reason: 'values differ', left: expected, right: received }
      : refineDifference(found, left, right, scope, state)
  return { difference: { ...difference, path: path + difference.path.slice(1) }, steps }
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

/** The failure of two arrays equal as multisets whose keys besides the indices differ. @internal */
export function extrasDifference(
  received: readonly unknown[],
  expected: readonly unknown[],
): Difference {
  return {
    path: '$',
    reason: 'array properties besides the indices differ',
    left: extraProperties(expected) ?? {},
    right: extraProperties(received) ?? {},
  }
}
