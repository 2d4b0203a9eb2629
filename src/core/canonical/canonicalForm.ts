import { Circular } from './Circular'
import { buildContainer, copyLeaf } from './buildContainer'
import { presentIndices } from '../kinds/arrayIndices'
import { canonicalKeys, hasSymbolTies } from '../kinds/canonicalKeys'
import { entriesOf, membersOf } from '../kinds/intrinsics'
import { Kind, kindOf, type KindCode } from '../kinds/kindOf'
import type { PathSelector, SelectorState } from '../paths/compilePaths'
import type { CanonicalWalk, Frame } from './CanonicalWalk'
import { formatPath } from '../paths/formatPath'
import { MEMBER, stepOfMapKey, type PathStep } from '../paths/pathStep'
import { tooDeepError } from '../traversal/traversalError'

// Returned by `enter` when a container frame was pushed: its result comes later.
const PUSHED: unique symbol = Symbol('pushed')

/**
 * The canonical form of `value` (see `normalize`), computed with an explicit stack: nesting is
 * limited by `walk.maxDepth` only, never by the call stack, and the time is linear in the size.
 * @internal
 */
export function canonicalForm(value: unknown, walk: CanonicalWalk): unknown {
  const stack: Frame[] = []
  let result = enter(value, walk, stack, walk.unordered?.root, walk.ignore?.root, false)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (result !== PUSHED && frame.index > 0) store(frame, frame.index - 1, result)
    if (frame.index >= frame.count) {
      stack.pop()
      walk.ancestors.delete(frame.source)
      result = buildContainer(frame, walk)
      if (frame.stepped) walk.steps.pop()
      continue
    }
    result = nextChild(frame, walk, stack)
  }
  return result
}

const NO_RESULTS: unknown[] = []

function store(frame: Frame, index: number, value: unknown): void {
  const { direct } = frame
  if (direct === undefined) {
    frame.results[index] = value
    return
  }
  const key = (frame.keys as (string | symbol)[])[index] as string | symbol
  // Plain assignment is the fast path; `__proto__` and inherited setters need a definition.
  if (frame.kind === Kind.Object && key !== '__proto__')
    (direct as Record<string | symbol, unknown>)[key] = value
  else
    Object.defineProperty(direct, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
}

/** Visits the next child of `frame`: returns its canonical form, or PUSHED for a container. */
function nextChild(frame: Frame, walk: CanonicalWalk, stack: Frame[]): unknown {
  const index = frame.index++
  let child: unknown
  let step: PathStep
  let keyOfMap = false
  switch (frame.kind) {
    case Kind.Array: {
      const at = frame.keys === undefined ? index : (frame.keys[index] as number)
      child = (frame.source as unknown[])[at]
      step = frame.sorted ? MEMBER : at
      break
    }
    case Kind.Set:
      child = (frame.keys as unknown[])[index]
      step = MEMBER
      break
    case Kind.Map: {
      const entry = (frame.keys as [unknown, unknown][])[index >> 1] as [unknown, unknown]
      keyOfMap = (index & 1) === 0
      child = keyOfMap ? entry[0] : entry[1]
      step = keyOfMap ? MEMBER : stepOfMapKey(entry[0])
      break
    }
    default: {
      // Objects, class instances and Errors (whose first child may be the cause).
      const key =
        frame.cause && index === 0
          ? 'cause'
          : ((frame.keys as PropertyKey[])[index - (frame.cause ? 1 : 0)] as string | symbol)
      walk.steps.push(key)
      child = (frame.source as Record<PropertyKey, unknown>)[key]
      walk.steps.pop()
      step = key
    }
  }
  // Map keys are canonicalized too, but `ignore` and `unordered` address values, never keys.
  if (keyOfMap) return enter(child, walk, stack, undefined, undefined, true, step)
  let nextIgnore: SelectorState
  if (frame.i !== undefined) {
    const ignore = walk.ignore as PathSelector
    nextIgnore = ignore.step(frame.i, step)
    if (ignore.matches(nextIgnore)) return walk.ignored
  }
  const nextUnordered =
    frame.u === undefined ? undefined : (walk.unordered as PathSelector).step(frame.u, step)
  return enter(child, walk, stack, nextUnordered, nextIgnore, true, step)
}

/**
 * Canonicalizes a leaf at once, or pushes a frame for a container. With `stepped`, `step` is
 * pushed for the time the value is read (and kept while its frame lives).
 */
function enter(
  value: unknown,
  walk: CanonicalWalk,
  stack: Frame[],
  u: SelectorState,
  i: SelectorState,
  stepped: boolean,
  step?: PathStep,
): unknown {
  // Primitives are their own canonical form; functions are compared by identity, so kept as is.
  if (typeof value !== 'object' || value === null) return value
  if (stepped) walk.steps.push(step as PathStep)
  const kind = kindOf(value)
  const seenAt = walk.ancestors.get(value)
  if (seenAt !== undefined || kind === Kind.Circular) {
    const out =
      kind === Kind.Circular ? value : new Circular(formatPath(walk.steps.slice(0, seenAt)))
    if (stepped) walk.steps.pop()
    return out
  }
  if (walk.steps.length >= walk.maxDepth) throw tooDeepError(walk.steps, walk.maxDepth)
  const frame = openFrame(value, kind, walk, u, i, stepped)
  if (frame === undefined) {
    const leaf = copyLeaf(value, kind)
    if (stepped) walk.steps.pop()
    return leaf
  }
  walk.ancestors.set(value, walk.steps.length)
  stack.push(frame)
  return PUSHED
}

/** The frame of a container, or `undefined` for a value copied as a whole (a Date, a URL, ...). */
function openFrame(
  value: object,
  kind: KindCode,
  walk: CanonicalWalk,
  u: SelectorState,
  i: SelectorState,
  stepped: boolean,
): Frame | undefined {
  let keys: readonly unknown[] | undefined
  let count: number
  let cause = false
  let sorted = false
  switch (kind) {
    case Kind.Array: {
      sorted = walk.sortAllArrays || (walk.unordered?.matches(u) ?? false)
      keys = presentIndices(value as unknown[])
      count = keys === undefined ? (value as unknown[]).length : keys.length
      break
    }
    case Kind.Set:
      keys = membersOf(value)
      count = keys.length
      break
    case Kind.Map:
      keys = entriesOf(value)
      count = keys.length * 2
      break
    case Kind.Object:
    case Kind.Instance:
    case Kind.Error:
      keys = canonicalKeys(value)
      // An enumerable `cause` is among the keys already; a real one (non-enumerable) is added.
      cause =
        kind === Kind.Error &&
        Object.prototype.hasOwnProperty.call(value, 'cause') &&
        !Object.prototype.propertyIsEnumerable.call(value, 'cause')
      count = keys.length + (cause ? 1 : 0)
      break
    default:
      return undefined
  }
  const direct =
    (kind === Kind.Object || kind === Kind.Instance) && !hasSymbolTies(keys as (string | symbol)[])
      ? kind === Kind.Object
        ? {}
        : (Object.create(Object.getPrototypeOf(value) as object | null) as object)
      : undefined
  return {
    source: value,
    kind,
    u,
    i,
    stepped,
    sorted,
    keys,
    count,
    cause,
    results: direct === undefined ? new Array<unknown>(count) : NO_RESULTS,
    direct,
    index: 0,
  }
}
