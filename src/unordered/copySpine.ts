import { presentIndices } from '../core/kinds/arrayIndices'
import { hasSymbolTies } from '../core/kinds/canonicalKeys'
import { entriesOf, membersOf } from '../core/kinds/intrinsics'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { MEMBER, stepOfMapKey, type PathStep } from '../core/paths/pathStep'
import { tooDeepError, traversalError } from '../core/traversal/traversalError'
import type { UnorderedScope } from './createScope'
import { extraKeys } from './extraKeys'
import { isAsymmetric } from './isAsymmetric'
import { RunnerLimit } from './RunnerLimit'

/**
 * What `copySpine` does at the arrays a scope makes multisets, and with what it did not change.
 * @internal
 */
export interface SpineRules {
  readonly scope: UnorderedScope
  readonly maxDepth: number
  /** What a multiset array becomes without being walked (deepen's matcher); absent: walk it. */
  readonly multiset?: (array: unknown[], state: unknown) => unknown
  /**
   * A walked array's copy once its elements are copied (sortedCopy sorts multisets here).
   * `simple` says that nothing below it needs `normalize` before `compareCanonical` can order
   * it: no Set, Map, Error or cycle, no symbol keys sharing a description.
   */
  readonly finishArray?: (copy: unknown[], unordered: boolean, simple: boolean) => unknown[]
  /** Whether a container with nothing changed inside comes back as itself rather than a copy. */
  readonly shareUnchanged: boolean
  /** Whether an array's keys besides its indices are copied too. */
  readonly arrayExtras: boolean
  /**
   * `toEqual`'s view of objects: class instances, null-prototype objects and array subclasses
   * become plain objects and arrays, and properties holding `undefined` are left out.
   */
  readonly loose?: boolean
  /** Called for each asymmetric matcher met (it is shared, never walked). */
  readonly onAsymmetric?: () => void
  /**
   * Copies made before, by source and scope state: a container met again (an element copied on
   * its own after the whole value was) is not copied twice. Only containers with no reference to
   * an ancestor outside themselves enter it: their copy is the same wherever they stand.
   */
  readonly memo?: WeakMap<object, { readonly state: unknown; readonly copy: unknown }>
}

interface Frame {
  readonly source: object
  readonly target: object
  readonly kind: number
  readonly state: unknown
  readonly unordered: boolean
  /** Arrays: their length (elements come first); other containers: 0. */
  readonly length: number
  /** After the elements: object keys, Map entries, Set members, or an array's extra keys. */
  readonly items: readonly unknown[]
  next: number
  /** The slot of the child being copied, and its value before copying (-1: none). */
  pending: number
  pendingValue: unknown
  changed: boolean
  /** Whether something below needs normalizing before it can be ordered (see `finishArray`). */
  complex: boolean
  /** This container's depth, and the shallowest ancestor a reference below it points back to. */
  readonly depth: number
  reaches: number
}

const PUSHED: unique symbol = Symbol('pushed')
const CONTAINERS = new Set<number>([Kind.Array, Kind.Object, Kind.Instance, Kind.Map, Kind.Set])

/**
 * A copy of the containers of `value` (plain objects, arrays, Maps, Sets, class instances with
 * their prototype and own enumerable properties) down to the arrays `rules.scope` makes
 * multisets, which `rules` replaces or finishes. Everything else, asymmetric matchers included,
 * is shared with the input, which is never mutated. A reference back to an ancestor points at the
 * ancestor's copy, so the copy's cycles mirror the input's (and the runner's cycle detection
 * meets the copy where it expects it). The walk keeps its own stack: any depth up to `maxDepth`.
 * @internal
 */
export function copySpine(value: unknown, rules: SpineRules, state: unknown): unknown {
  const stack: Frame[] = []
  const steps: PathStep[] = []
  const copies = new Map<object, { copy: object; depth: number }>()
  try {
    let result = enter(value, rules, state, stack, copies, steps)
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame
      if (frame.pending !== -1) {
        put(frame, frame.pending, result)
        if (result !== frame.pendingValue) frame.changed = true
        frame.pending = -1
      }
      if (frame.next >= frame.length + frame.items.length) {
        stack.pop()
        copies.delete(frame.source)
        result = finish(frame, rules)
        if (frame.reaches >= frame.depth)
          rules.memo?.set(frame.source, { state: frame.state, copy: result })
        const parent = stack[stack.length - 1]
        if (parent !== undefined) {
          steps.pop()
          if (frame.complex) parent.complex = true
          if (frame.reaches < parent.reaches) parent.reaches = frame.reaches
        }
        continue
      }
      const slot = frame.next++
      const child = childOf(frame, slot)
      const step = childStep
      frame.pending = slot
      frame.pendingValue = child
      steps.push(step)
      result = enter(child, rules, rules.scope.step(frame.state, step), stack, copies, steps)
      if (result !== PUSHED) steps.pop()
      // toEqual ignores properties that hold `undefined`: the loose copy leaves them out.
      if (
        rules.loose === true &&
        result === undefined &&
        frame.kind !== Kind.Array &&
        frame.kind !== Kind.Set &&
        frame.kind !== Kind.Map
      )
        frame.pending = -1
    }
    return result
  } catch (error) {
    // The caller's own signal (an asymmetric matcher in a loose copy) goes through as it is.
    throw error instanceof RunnerLimit ? error : traversalError(error, steps)
  }
}

function plainPrototype(kind: number): object {
  return kind === Kind.Array ? Array.prototype : Object.prototype
}

// The step of the child `childOf` returned last (a field, not a fresh pair per child).
let childStep: PathStep = MEMBER

/** The child at `slot` (its step in `childStep`): array elements first, then the items. */
function childOf(frame: Frame, slot: number): unknown {
  const source = frame.source as Record<PropertyKey, unknown>
  if (slot < frame.length) {
    childStep = frame.unordered ? MEMBER : slot
    return source[slot]
  }
  const item = frame.items[slot - frame.length]
  switch (frame.kind) {
    case Kind.Map: {
      const [key, entry] = item as [unknown, unknown]
      childStep = stepOfMapKey(key)
      return entry
    }
    case Kind.Set:
      childStep = MEMBER
      return item
    default:
      // An index of a huge sparse array (read through its own keys) or a key.
      childStep = frame.unordered && typeof item === 'number' ? MEMBER : (item as PathStep)
      return source[item as PropertyKey]
  }
}

/** Puts a copied child into its container's copy. */
function put(frame: Frame, slot: number, value: unknown): void {
  if (slot < frame.length) {
    // Holes stay holes.
    if (slot in frame.source) (frame.target as unknown[])[slot] = value
    return
  }
  const item = frame.items[slot - frame.length]
  switch (frame.kind) {
    case Kind.Map:
      ;(frame.target as Map<unknown, unknown>).set((item as [unknown, unknown])[0], value)
      return
    case Kind.Set:
      ;(frame.target as Set<unknown>).add(value)
      return
    default:
      // Plain assignment is the fast path; `__proto__` and inherited setters need a definition.
      if (frame.kind === Kind.Object && item !== '__proto__')
        (frame.target as Record<PropertyKey, unknown>)[item as PropertyKey] = value
      else
        Object.defineProperty(frame.target, item as PropertyKey, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        })
  }
}

function enter(
  value: unknown,
  rules: SpineRules,
  state: unknown,
  stack: Frame[],
  copies: Map<object, { copy: object; depth: number }>,
  steps: readonly PathStep[],
): unknown {
  const { scope } = rules
  if (typeof value !== 'object' || value === null || scope.inert(state)) return value
  const parent = stack[stack.length - 1]
  const cycle = copies.get(value)
  if (cycle !== undefined) {
    // A reference back to an ancestor counts as a change, so that ancestor is copied too.
    if (parent !== undefined) {
      parent.changed = true
      parent.complex = true
      if (cycle.depth < parent.reaches) parent.reaches = cycle.depth
    }
    return cycle.copy
  }
  const known = rules.memo?.get(value)
  if (known !== undefined && known.state === state) return known.copy
  if (isAsymmetric(value)) {
    rules.onAsymmetric?.()
    return value
  }
  const kind = kindOf(value)
  if (!CONTAINERS.has(kind)) {
    if (kind === Kind.Error && parent !== undefined) parent.complex = true
    return value
  }
  const unordered = kind === Kind.Array && scope.unordered(state)
  if (unordered && rules.multiset !== undefined) return rules.multiset(value as unknown[], state)
  if (steps.length >= rules.maxDepth) throw tooDeepError(steps, rules.maxDepth)
  const own = Object.getPrototypeOf(value) as object | null
  const proto =
    rules.loose === true && kind !== Kind.Map && kind !== Kind.Set ? plainPrototype(kind) : own
  let target: object
  let items: readonly unknown[]
  let length = 0
  switch (kind) {
    case Kind.Array: {
      const array = value as unknown[]
      const sparse = presentIndices(array)
      target = new Array<unknown>(array.length)
      if (proto !== Array.prototype) Object.setPrototypeOf(target, proto)
      const extras = rules.arrayExtras ? extraKeys(array) : []
      length = sparse === undefined ? array.length : 0
      items = sparse === undefined ? extras : [...sparse, ...extras]
      break
    }
    case Kind.Map:
      target = new Map()
      if (proto !== Map.prototype) Object.setPrototypeOf(target, proto)
      items = entriesOf(value)
      break
    case Kind.Set:
      target = new Set()
      if (proto !== Set.prototype) Object.setPrototypeOf(target, proto)
      items = membersOf(value)
      break
    default: {
      target =
        kind === Kind.Object && proto === Object.prototype ? {} : (Object.create(proto) as object)
      const keys: PropertyKey[] = Object.keys(value)
      const symbols = Object.getOwnPropertySymbols(value)
      for (const symbol of symbols)
        if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol)
      items = keys
    }
  }
  const complex = kind === Kind.Map || kind === Kind.Set || hasSymbolTies(items)
  copies.set(value, { copy: target, depth: stack.length })
  stack.push({
    source: value,
    target,
    kind,
    state,
    unordered,
    length,
    items,
    next: 0,
    pending: -1,
    pendingValue: undefined,
    changed: false,
    complex,
    depth: stack.length,
    reaches: Number.POSITIVE_INFINITY,
  })
  return PUSHED
}

function finish(frame: Frame, rules: SpineRules): unknown {
  // Untouched subtrees stay the caller's own objects: custom testers and matchers see no copies.
  if (rules.shareUnchanged && !frame.changed) return frame.source
  if (frame.kind === Kind.Array && rules.finishArray !== undefined)
    return rules.finishArray(frame.target as unknown[], frame.unordered, !frame.complex)
  return frame.target
}
