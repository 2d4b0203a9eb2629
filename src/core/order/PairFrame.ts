import { presentIndices } from '../kinds/arrayIndices'
import { canonicalKeys } from '../kinds/canonicalKeys'
import { entriesOf, membersOf } from '../kinds/intrinsics'
import { className, Kind, platformTypeOf } from '../kinds/kindOf'

/**
 * Two containers of one kind being compared in canonical order: `next` gives the next pair of
 * children to compare, or a number that settles the pair (0: equal so far, go on with the parent).
 * @internal
 */
export interface PairFrame {
  next(): number | readonly [unknown, unknown]
}

/** The frame that walks two containers of kind `kind` side by side. @internal */
export function openPair(a: object, b: object, kind: number): PairFrame {
  switch (kind) {
    case Kind.Array:
      return arrays(a as unknown[], b as unknown[])
    case Kind.Set:
      return sequences(membersOf(a), membersOf(b), 1)
    case Kind.Map:
      return sequences(entriesOf(a).flat(), entriesOf(b).flat(), 2)
    case Kind.Platform: {
      const byName = compareText(className(a), className(b))
      const read = (value: object): unknown => platformTypeOf(value).value?.(value)
      return once(byName, [read(a), read(b)])
    }
    case Kind.Error:
      return errors(a as Error, b as Error)
    default:
      return properties(a, b)
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A frame with at most one pair of children, after a settled comparison of `first`. */
function once(first: number, pair: readonly [unknown, unknown]): PairFrame {
  let done = first !== 0
  return {
    next() {
      if (done) return first
      done = true
      return pair
    },
  }
}

/** Sequences of items, `width` items per entry: shorter-is-first only after the shared prefix. */
function sequences(x: readonly unknown[], y: readonly unknown[], width: number): PairFrame {
  const shared = Math.min(x.length, y.length)
  let i = 0
  return {
    next() {
      if (i < shared) {
        const pair = [x[i], y[i]] as const
        i++
        return pair
      }
      return (x.length - y.length) / width
    },
  }
}

function arrays(a: readonly unknown[], b: readonly unknown[]): PairFrame {
  const keysA = presentIndices(a)
  const keysB = presentIndices(b)
  if (keysA === undefined && keysB === undefined) return sequences(a, b, 1)
  // A huge sparse array: only indices present on either side can differ (holes read as undefined).
  const indices = [...new Set([...(keysA ?? range(a.length)), ...(keysB ?? range(b.length))])]
  indices.sort((x, y) => x - y)
  const shared = Math.min(a.length, b.length)
  let k = 0
  return {
    next() {
      while (k < indices.length && (indices[k] as number) < shared) {
        const index = indices[k++] as number
        return [a[index], b[index]] as const
      }
      return a.length - b.length
    },
  }
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i)
}

function properties(a: object, b: object): PairFrame {
  const keysA = canonicalKeys(a)
  const keysB = canonicalKeys(b)
  const shared = Math.min(keysA.length, keysB.length)
  let i = 0
  let onValue = false
  return {
    next() {
      if (i >= shared) return keysA.length - keysB.length
      const keyA = keysA[i] as string | symbol
      const keyB = keysB[i] as string | symbol
      if (!onValue) {
        onValue = true
        return [keyA, keyB] as const
      }
      onValue = false
      i++
      return [
        (a as Record<PropertyKey, unknown>)[keyA],
        (b as Record<PropertyKey, unknown>)[keyB],
      ] as const
    },
  }
}

/** Errors by name, message, cause (none first), then properties. */
function errors(a: Error, b: Error): PairFrame {
  const hasA = Object.prototype.hasOwnProperty.call(a, 'cause')
  const hasB = Object.prototype.hasOwnProperty.call(b, 'cause')
  const steps: (readonly [unknown, unknown] | number)[] = [
    [a.name, b.name],
    [a.message, b.message],
    hasA === hasB ? 0 : hasA ? 1 : -1,
  ]
  if (hasA && hasB) steps.push([(a as { cause?: unknown }).cause, (b as { cause?: unknown }).cause])
  let k = 0
  let rest: PairFrame | undefined
  return {
    next() {
      while (k < steps.length) {
        const step = steps[k++] as readonly [unknown, unknown] | number
        if (typeof step !== 'number') return step
        if (step !== 0) return step
      }
      rest ??= properties(a, b)
      return rest.next()
    },
  }
}
