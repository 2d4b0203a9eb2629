import { describeKind } from '../kinds/describeKind'
import { className, Kind, kindOf, platformTypeOf } from '../kinds/kindOf'
import { tooDeepError, traversalError } from '../traversal/traversalError'
import type { Difference } from '../../types'
import type { PathStep } from '../paths/pathStep'
import { CollectionFrame } from './CollectionFrame'
import { CHILD, createComparison, differ, type Comparison, type EqualFrame } from './Comparison'
import { ArrayFrame, PropsFrame } from './equalFrames'
import { compareLeafObjects, prototypeReason } from './equalLeaves'

// Returned by `enter` when it pushed a frame: the pair's result comes when the frame ends.
const PUSHED: unique symbol = Symbol('pushed')

/**
 * The tracked comparison behind `deepEqual` and `findDifference`: paths, cycles and the depth
 * limit, and with `explain` the first difference in canonical order. It keeps its own stack, so
 * nesting is limited by `maxDepth` only, and pairing Set members (probes) runs on the same stack.
 *
 * A reference back to an ancestor equals only a reference back to the ancestor at the same depth
 * on the other side: a cycle closes at a path, so a cycle and its unrolled copy differ, as their
 * texts do. For the same reason two identical objects below the root are compared, not assumed
 * equal: one may close a cycle where the other does not.
 * @internal
 */
export function compareStructurally(
  a: unknown,
  b: unknown,
  explain: boolean,
  maxDepth: number,
): { equal: boolean; difference: Difference | undefined; steps: PathStep[] | undefined } {
  const c = createComparison(explain, maxDepth)
  try {
    return { equal: run(a, b, c), difference: c.difference, steps: c.differenceSteps }
  } catch (error) {
    throw traversalError(error, c.steps)
  }
}

function run(a: unknown, b: unknown, c: Comparison): boolean {
  const stack: EqualFrame[] = []
  const first = enter(a, b, c, stack, false)
  if (first !== PUSHED) return first
  let last: boolean | undefined
  for (;;) {
    const frame = stack[stack.length - 1] as EqualFrame
    const out = frame.next(c, last)
    if (out === CHILD) {
      const probe = c.nextProbe
      if (probe) c.probing++
      c.steps.push(c.nextStep)
      const result = enter(c.nextA, c.nextB, c, stack, probe)
      if (result === PUSHED) {
        last = undefined
        continue
      }
      c.steps.pop()
      if (probe) c.probing--
      last = result
      continue
    }
    stack.pop()
    c.ancestorsA.delete(frame.a)
    c.ancestorsB.delete(frame.b)
    if (stack.length === 0) return out
    c.steps.pop()
    if (frame.probe) c.probing--
    last = out
  }
}

/** Compares a pair that needs no children at once, or pushes the frame that walks it. */
function enter(
  a: unknown,
  b: unknown,
  c: Comparison,
  stack: EqualFrame[],
  probe: boolean,
): boolean | typeof PUSHED {
  if (a === b) {
    if (typeof a !== 'object' || a === null)
      return a !== 0 || 1 / (a as number) === 1 / (b as number) || differ(c, 'values differ', a, b)
    // The root is equal to itself; below it, identical objects may close cycles differently.
    if (c.steps.length === 0) return true
  } else if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== a && b !== b) return true // NaN
    if (typeof a === 'function' && typeof b === 'function')
      return differ(c, 'different functions', a, b)
    const sameType = typeof a === typeof b && a !== null && b !== null
    if (sameType) return differ(c, 'values differ', a, b)
    // Worded only when it is recorded: probes of pairings fail here often and read no reason.
    return differ(
      c,
      c.explain ? `types differ: ${describeKind(a)} vs ${describeKind(b)}` : '',
      a,
      b,
    )
  }
  const x = a as object
  const y = b as object
  const proto: unknown = Object.getPrototypeOf(x)
  if (proto !== Object.getPrototypeOf(y)) return differ(c, prototypeReason(x, y), x, y)
  const seenA = c.ancestorsA.get(x)
  const seenB = c.ancestorsB.get(y)
  if (seenA !== undefined || seenB !== undefined) {
    if (seenA === seenB) return true
    return differ(
      c,
      seenA === undefined || seenB === undefined
        ? 'a cycle on one side only'
        : 'cycles close at different depths',
      x,
      y,
    )
  }
  const depth = c.steps.length
  if (depth >= c.maxDepth) throw tooDeepError(c.steps, c.maxDepth)
  // Plain objects and arrays (nearly all data) need no brand checks.
  const kind =
    proto === Object.prototype
      ? Kind.Object
      : Array.isArray(x) && Array.isArray(y)
        ? Kind.Array
        : kindOf(x)
  if (kind !== Kind.Object && kind !== Kind.Array && kind !== kindOf(y))
    return differ(c, prototypeReason(x, y), x, y)
  const frame = openFrame(x, y, kind, c)
  if (typeof frame === 'boolean') return frame
  frame.probe = probe
  c.ancestorsA.set(x, depth)
  c.ancestorsB.set(y, depth)
  stack.push(frame)
  return PUSHED
}

function openFrame(a: object, b: object, kind: number, c: Comparison): EqualFrame | boolean {
  switch (kind) {
    case Kind.Object:
    case Kind.Instance:
      return new PropsFrame(a, b)
    case Kind.Array:
      return (a as unknown[]).length !== (b as unknown[]).length && !c.explain
        ? false
        : new ArrayFrame(a as unknown[], b as unknown[])
    case Kind.Set:
      return new CollectionFrame(a, b, false)
    case Kind.Map:
      return new CollectionFrame(a, b, true)
    case Kind.Error:
      return openError(a as Error, b as Error, c)
    case Kind.Platform:
      return equalPlatform(a, b, c)
    case Kind.Function:
      return a === b || differ(c, 'different functions', a, b)
    default: {
      const reason = compareLeafObjects(a, b, kind) ?? 'values differ'
      return reason === '' || differ(c, reason, a, b)
    }
  }
}

/** Errors: name and message first, then the cause, then own enumerable properties. */
function openError(a: Error, b: Error, c: Comparison): EqualFrame | boolean {
  const name = [read(a, 'name', c), read(b, 'name', c)]
  if (name[0] !== name[1]) return differ(c, 'error names differ', name[0], name[1], 'name')
  const message = [read(a, 'message', c), read(b, 'message', c)]
  if (message[0] !== message[1])
    return differ(c, 'error messages differ', message[0], message[1], 'message')
  const hasCause = Object.prototype.hasOwnProperty
  const causeA = hasCause.call(a, 'cause')
  if (causeA !== hasCause.call(b, 'cause')) {
    const left = causeA ? read(a, 'cause', c) : undefined
    const right = causeA ? undefined : read(b, 'cause', c)
    return differ(c, 'a cause on one side only', left, right, 'cause')
  }
  // An enumerable cause is compared with the other properties.
  const prelude: (readonly [unknown, unknown, string])[] =
    causeA && !Object.prototype.propertyIsEnumerable.call(a, 'cause')
      ? [[read(a, 'cause', c), read(b, 'cause', c), 'cause']]
      : []
  return new PropsFrame(a, b, prelude)
}

function read(source: object, key: string, c: Comparison): unknown {
  c.steps.push(key)
  const value = (source as Record<string, unknown>)[key]
  c.steps.pop()
  return value
}

/** Platform values by what they hold (a URL by its href); unreadable ones by identity. */
function equalPlatform(a: object, b: object, c: Comparison): boolean {
  const type = platformTypeOf(a)
  const x = type.value?.(a)
  const y = type.value?.(b)
  if (x === undefined || y === undefined)
    return a === b || differ(c, `a ${className(a)} compares by identity`, a, b)
  // The read values are small plain data: a separate comparison, untracked by this one.
  return (
    run(x, y, createComparison(false, Number.POSITIVE_INFINITY)) ||
    differ(c, `${className(a)} values differ`, a, b)
  )
}
