import { presentIndices } from '../core/kinds/arrayIndices'
import { Kind, kindOf } from '../core/kinds/kindOf'
import { MEMBER, stepOfMapKey, type PathStep } from '../core/paths/pathStep'
import { traversalError } from '../core/traversal/traversalError'
import { copyShell } from './copyShell'

/**
 * What kind of collection a `reorder` hook is asked about: the keys of an object, the entries of a
 * Map, the members of a Set, or the elements of an array.
 * @internal
 */
export type ReorderKind = 'keys' | 'entries' | 'members' | 'elements'

/**
 * Options of `cloneDeep`.
 * @internal
 */
export interface CloneOptions {
  /**
   * Called once per object, Map, Set and array (with at least two items) while copying. Returns the
   * order in which to re-insert them, as a permutation of their indices, or `undefined` to keep
   * the original order. `keys` are the object's keys (strings, then symbols), the Map's keys, the
   * Set's members, or the array's indices; `steps` is the path from the root (do not keep it: the
   * array is reused).
   */
  readonly reorder?: (
    kind: ReorderKind,
    steps: readonly PathStep[],
    keys: readonly unknown[],
    state: unknown,
  ) => readonly number[] | undefined
  /**
   * A state carried down the copy beside `steps` (a path selector's), handed to `reorder` as its
   * last argument, so the hook needs no walk from the root per collection.
   */
  readonly track?: { readonly root: unknown; step(state: unknown, step: PathStep): unknown }
}

/** A container whose copy exists and whose children are being copied into it. */
interface Frame {
  readonly source: object
  readonly target: object
  readonly kind: number
  /** Object keys, Map entries, Set members, or the indices of a huge sparse array. */
  readonly items: readonly unknown[] | undefined
  readonly count: number
  readonly order: readonly number[] | undefined
  readonly stepped: boolean
  /** The `track` state at this container. */
  readonly state: unknown
  index: number
  /** A Map's copied key, kept until its value is copied (its own children are copied first). */
  key?: unknown
}

interface Copying {
  /** Source object -> its copy, so cycles and shared references come out the same shape. */
  readonly copies: Map<object, object>
  readonly reorder: CloneOptions['reorder']
  readonly track: CloneOptions['track']
  readonly steps: PathStep[]
  readonly stack: Frame[]
}

/**
 * A deep copy of `value` that keeps what a function may depend on: prototypes (class instances,
 * subclasses of Array, Map, Set, Date), Map and Set contents, Dates, RegExps (with `lastIndex`),
 * ArrayBuffers and typed arrays (views of one buffer still share one copied buffer), boxed
 * primitives, Errors (message, stack, cause), platform values that can be rebuilt (URL,
 * URLSearchParams, Headers, FormData), property descriptors of class instances (getters stay
 * getters, non-enumerable stays non-enumerable), frozen and sealed objects, cycles and shared
 * references. Built-ins are recognised by their internal slots, so Maps, Sets and Dates of another
 * realm (`structuredClone` under Jest) come out as working Maps, Sets and Dates with the same
 * prototype. Iteration order is kept unless `options.reorder` changes it.
 *
 * Kept by reference because they cannot be copied: functions, Promises, WeakMaps, WeakSets,
 * WeakRefs, iterators, streams, Blobs, keys and SharedArrayBuffers. Private class fields (`#x`)
 * and other internal slots are not copied: pass such values through an `args` factory instead.
 *
 * The copy keeps its own stack (any depth works, in time linear in the size); a getter that
 * throws, a Proxy whose traps throw or a revoked Proxy gives an `UNREADABLE` error with the path.
 *
 * @example
 * const args = [{ when: new Date(0), tags: new Set(['a']) }]
 * const copy = cloneDeep(args) // equal, but no object is shared with `args`
 * @internal
 */
export function cloneDeep<T>(value: T, options?: CloneOptions): T {
  const state: Copying = {
    copies: new Map(),
    reorder: options?.reorder,
    track: options?.track,
    steps: [],
    stack: [],
  }
  try {
    const out = copy(value, state, false)
    run(state)
    return out as T
  } catch (error) {
    throw traversalError(error, state.steps)
  }
}

function run(state: Copying): void {
  const { stack } = state
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.index >= frame.count) {
      stack.pop()
      finish(frame)
      if (frame.stepped) state.steps.pop()
      continue
    }
    fillOne(frame, frame.index++, state)
  }
}

/**
 * The copy of `value`: a primitive itself, a known object's copy, a kept reference, or a new copy
 * whose children are filled later. With `stepped`, the step into `value` is on `state.steps`: it
 * is popped once the value needs no more reading.
 */
function copy(value: unknown, state: Copying, stepped: boolean): unknown {
  if (typeof value !== 'object' || value === null) return done(value, state, stepped)
  const known = state.copies.get(value)
  if (known !== undefined) return done(known, state, stepped)
  const kind = kindOf(value)
  const shell = copyShell(value, kind, (buffer) => copy(buffer, state, false) as ArrayBuffer)
  if (shell === undefined) return done(value, state, stepped)
  state.copies.set(value, shell.target)
  if (shell.children === undefined) return done(shell.target, state, stepped)
  // A huge sparse array is copied through its own keys, in place, never reordered.
  const sparse = shell.children === 'indices' ? presentIndices(value as unknown[]) : undefined
  const items = shell.children === 'indices' ? sparse : shell.children
  // A Map takes two steps per entry: its key, whose children are all copied before the value
  // starts, so the value's path and parent are the Map's and not the key's.
  const count =
    items === undefined
      ? (value as unknown[]).length
      : kind === Kind.Map
        ? items.length * 2
        : items.length
  const { track, stack } = state
  const parent = stack[stack.length - 1]
  const at =
    track === undefined
      ? undefined
      : parent === undefined
        ? track.root
        : track.step(parent.state, state.steps[state.steps.length - 1] as PathStep)
  stack.push({
    source: value,
    target: shell.target,
    kind,
    items,
    count,
    order: sparse === undefined ? orderOf(state, kind, items, count, at) : undefined,
    stepped,
    state: at,
    index: 0,
  })
  return shell.target
}

/** Returns `out`, popping the step into a value that needs no more reading. */
function done(out: unknown, state: Copying, stepped: boolean): unknown {
  if (stepped) state.steps.pop()
  return out
}

function orderOf(
  state: Copying,
  kind: number,
  items: readonly unknown[] | undefined,
  count: number,
  at: unknown,
): readonly number[] | undefined {
  const { reorder, steps } = state
  if (reorder === undefined || count < 2) return undefined
  switch (kind) {
    case Kind.Array:
      return reorder(
        'elements',
        steps,
        Array.from({ length: count }, (_, i) => i),
        at,
      )
    case Kind.Map:
      return reorder(
        'entries',
        steps,
        (items as [unknown, unknown][]).map((e) => e[0]),
        at,
      )
    case Kind.Set:
      return reorder('members', steps, items as unknown[], at)
    default:
      return reorder('keys', steps, items as unknown[], at)
  }
}

/** Copies the child at `position` (in the copy's order) of a frame into its target. */
function fillOne(frame: Frame, position: number, state: Copying): void {
  const { source, target, kind, items, order } = frame
  const slot = kind === Kind.Map ? position >> 1 : position
  const from = order === undefined ? slot : (order[slot] as number)
  switch (kind) {
    case Kind.Array: {
      const index = items === undefined ? from : (items[from] as number)
      const at = items === undefined ? position : index
      // Holes stay holes: `in` tells a hole from an explicit `undefined`.
      if (index in source)
        (target as unknown[])[at] = child((source as unknown[])[index], index, state)
      return
    }
    case Kind.Map: {
      const [key, value] = (items as [unknown, unknown][])[from] as [unknown, unknown]
      if ((position & 1) === 0) frame.key = child(key, MEMBER, state)
      else (target as Map<unknown, unknown>).set(frame.key, child(value, stepOfMapKey(key), state))
      return
    }
    case Kind.Set:
      ;(target as Set<unknown>).add(child((items as unknown[])[from], MEMBER, state))
      return
    default:
      copyProperty(frame, (items as (string | symbol)[])[from] as string | symbol, state)
  }
}

function child(item: unknown, step: PathStep, state: Copying): unknown {
  state.steps.push(step)
  return copy(item, state, true)
}

function copyProperty(frame: Frame, key: string | symbol, state: Copying): void {
  const { source, target } = frame
  if (frame.kind === Kind.Object) {
    // Plain objects list enumerable keys only; a getter is read, as a spread would.
    state.steps.push(key)
    const read = (source as Record<string | symbol, unknown>)[key]
    state.steps.pop()
    const value = child(read, key, state)
    if (key === '__proto__')
      Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    else (target as Record<string | symbol, unknown>)[key] = value
    return
  }
  // A class instance keeps its descriptors: accessors stay accessors, hidden stays hidden.
  state.steps.push(key)
  const descriptor = Object.getOwnPropertyDescriptor(source, key)
  state.steps.pop()
  if (descriptor === undefined) return
  if ('value' in descriptor) descriptor.value = child(descriptor.value, key, state)
  Object.defineProperty(target, key, descriptor)
}

/** Freezes, seals or locks the copy as the source was, once it is complete. */
function finish(frame: Frame): void {
  const { source, target } = frame
  if (Object.isExtensible(source)) return
  if (Object.isFrozen(source)) Object.freeze(target)
  else if (Object.isSealed(source)) Object.seal(target)
  else Object.preventExtensions(target)
}
