import type { UnorderedScope } from './createScope'
import type { ElementComparer } from './ElementComparer'
import { isAsymmetric } from './isAsymmetric'
import { keyHash } from './keyHash'
import { MEMBER } from '../core/paths/pathStep'

/**
 * Where a received element's field is read for a probe: `own`, an own property (a plain object
 * equals only an object with the same own keys); `chain`, the property through the prototype
 * chain (`expect.objectContaining` looks there).
 * @internal
 */
export type Reach = 'own' | 'chain'

/** One plain field of an expected element: its name, value and the value's canonical hash. @internal */
export interface ProbeField {
  readonly key: string
  readonly value: unknown
  readonly hash: number
}

/**
 * The plain fields of an expected element that every received element equal to it must hold,
 * with an equal value (see `probeOf`).
 * @internal
 */
export interface FieldProbe {
  /** How received elements are read: own properties, or along the prototype chain. */
  readonly reach: Reach
  /** The plain fields of the expected element a received element must share to be a candidate. */
  readonly fields: readonly ProbeField[]
}

/** How one reach keys its field values: the scope, the state of a field, and strictness. @internal */
export interface ReachKeys {
  readonly scope: UnorderedScope
  state(key: string): unknown
  readonly strict: boolean
}

// More fields than this are rarely more selective, and each costs a read per received element.
const MAX_FIELDS = 16

// An objectContaining sample is not deepened: its arrays compare in order, with toEqual's rules.
const ORDERED: UnorderedScope = {
  root: false,
  step: () => false,
  unordered: () => false,
  inert: () => true,
}

/**
 * How field values are keyed for `reach`: an own field of a plain expected element sits at the
 * element's `member` state and compares like the element (`strict` included); a sample field of
 * `objectContaining` compares through the runner's plain `equals`, arrays in order.
 * @internal
 */
export function reachKeys(reach: Reach, comparer: ElementComparer, member: unknown): ReachKeys {
  if (reach === 'chain') return { scope: ORDERED, state: () => false, strict: false }
  const { scope } = comparer
  return { scope, state: (key) => scope.step(member, key), strict: comparer.strict }
}

/**
 * The probe of an expected element compared pairwise, or `undefined` when it has no plain field
 * that a received element must share:
 *
 * - a plain object (not itself a matcher, no symbol keys, which could change how the runner
 *   reads it): its own enumerable data fields whose values are plain data (`keyHash` gives a
 *   key) and not `undefined`. Every `equals` the library meets (Jest's, Vitest's, the plain one,
 *   `deepEqual`) finds a plain object equal only to an object with the same defined own keys,
 *   each value equal; equal plain data has equal keys.
 * - `expect.objectContaining(sample)` (with the runner's `equals` only): the sample's own
 *   enumerable data fields, the same way, read on received elements through the prototype chain.
 *
 * Everything else (other matchers, class instances, Maps, arrays) has no probe: it is compared
 * with every candidate, as before.
 * @internal
 */
export function probeOf(
  element: unknown,
  comparer: ElementComparer,
  member: unknown,
): FieldProbe | undefined {
  if (typeof element !== 'object' || element === null) return undefined
  let reach: Reach
  let source: object
  if (isAsymmetric(element)) {
    const sample = comparer.matchers ? containingSample(element) : undefined
    if (sample === undefined) return undefined
    reach = 'chain'
    source = sample
  } else {
    if (Object.getPrototypeOf(element) !== Object.prototype) return undefined
    if (Object.getOwnPropertySymbols(element).length > 0) return undefined
    reach = 'own'
    source = element
  }
  const keys = reachKeys(reach, comparer, member)
  const fields: ProbeField[] = []
  for (const key of Object.keys(source)) {
    if (fields.length >= MAX_FIELDS) break
    // `__proto__` as an own key reads the prototype through `obj[key]`: leave it alone.
    if (key === '__proto__') continue
    const descriptor = Object.getOwnPropertyDescriptor(source, key)
    if (descriptor === undefined || !('value' in descriptor)) continue
    const value: unknown = descriptor.value
    if (value === undefined) continue
    const hash = fieldHash(value, keys, keys.state(key), comparer)
    if (hash !== undefined) fields.push({ key, value, hash })
  }
  return fields.length === 0 ? undefined : { reach, fields }
}

/**
 * The canonical hash of a field value at `state`, or `undefined` when its key cannot decide
 * equality: not plain data, or (without `strict`) holding an ordered array with an `undefined`
 * element or a hole, which Jest's `toEqual` finds equal to the array without it
 * (`[undefined]` equals `[]` there, not in Vitest), while keys tell them apart.
 * @internal
 */
export function fieldHash(
  value: unknown,
  keys: ReachKeys,
  state: unknown,
  comparer: ElementComparer,
): number | undefined {
  const hash = keyHash(value, keys.scope, state, keys.strict, comparer.keys)
  if (hash === undefined || keys.strict || typeof value !== 'object' || value === null) return hash
  return holdsLooseArray(value, keys.scope, state) ? undefined : hash
}

/** Whether plain data (which `keyHash` bounds in depth) holds an ordered array with a gap. */
function holdsLooseArray(value: object, scope: UnorderedScope, state: unknown): boolean {
  if (Array.isArray(value)) {
    const ordered = !scope.unordered(state)
    const member = ordered ? undefined : scope.step(state, MEMBER)
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (ordered && (item === undefined || !(i in value))) return true
      if (typeof item !== 'object' || item === null) continue
      if (holdsLooseArray(item, scope, ordered ? scope.step(state, i) : member)) return true
    }
    return false
  }
  for (const [key, item] of Object.entries(value)) {
    if (
      typeof item === 'object' &&
      item !== null &&
      holdsLooseArray(item, scope, scope.step(state, key))
    )
      return true
  }
  return false
}

/**
 * The sample of an `expect.objectContaining(...)` from Jest or Vitest (not `objectNotContaining`),
 * recognised as the runners print it; `undefined` for any other matcher.
 */
function containingSample(matcher: object): object | undefined {
  const candidate = matcher as { $$typeof?: unknown; inverse?: unknown; sample?: unknown }
  try {
    if (candidate.$$typeof !== Symbol.for('jest.asymmetricMatcher')) return undefined
    if (candidate.inverse !== false) return undefined
    if (String(matcher) !== 'ObjectContaining') return undefined
  } catch {
    return undefined
  }
  const { sample } = candidate
  return typeof sample === 'object' && sample !== null ? sample : undefined
}
