import type { UnorderedOptions } from '../src/unordered/readUnorderedOptions'

/** The shape of the asymmetric matcher Vitest's `expect.extend` builds for a matcher. */
interface CustomMatcher {
  readonly sample: readonly unknown[]
  asymmetricMatch(other: unknown): boolean
  toString(): string
  toAsymmetricMatcher?(): string
}

type Factory = (...sample: unknown[]) => CustomMatcher

// Vitest copies the asymmetric matchers registered on the global `expect` from here into each
// test's own `expect`.
const ASYMMETRIC_MATCHERS_OBJECT = Symbol.for('asymmetric-matchers-object')

/**
 * Makes Vitest's `expect.toEqualUnordered(expected, options)` (and `expect.not.…`) hold only the
 * expected value as its `sample`. Vitest's diff unwraps a failed asymmetric matcher into its
 * sample, and the sample of a matcher from `expect.extend` is the whole argument list, so a failed
 * `expect.toEqualUnordered([1, 3], { deep: false })` nested in `toEqual` showed the options object
 * as an element of the expected array. The matcher itself is Vitest's, unchanged; it prints as
 * `toEqualUnordered<[1, 3]>` with its options after the value (`toEqualUnordered<[1, 3], deep: false>`).
 * Call it after `expect.extend`, from a Vitest setup entry.
 * @internal
 */
export function installUnorderedAsymmetric(expect: object): void {
  const holders = [
    expect as Record<string, unknown>,
    (expect as { not?: Record<string, unknown> }).not,
    (globalThis as Record<symbol, Record<string, unknown> | undefined>)[ASYMMETRIC_MATCHERS_OBJECT],
  ]
  for (const holder of holders) {
    const factory = holder?.toEqualUnordered
    if (typeof factory === 'function' && !WRAPPED.has(factory)) {
      const wrapped = wrap(factory as Factory)
      WRAPPED.add(wrapped)
      ;(holder as Record<string, unknown>).toEqualUnordered = wrapped
    }
  }
}

const WRAPPED = new WeakSet<object>()

function wrap(factory: Factory): Factory {
  return (...args) => {
    const inner = factory(...args)
    const [expected, options] = args
    return Object.create(inner, {
      sample: { value: expected, enumerable: true },
      asymmetricMatch: { value: (other: unknown) => inner.asymmetricMatch(other) },
      toAsymmetricMatcher: {
        value: () => {
          // Vitest's own printing of the sample, given the expected value alone.
          const printed =
            inner.toAsymmetricMatcher?.call({
              sample: [expected],
              toString: () => inner.toString(),
            }) ?? inner.toString()
          const described = describeOptions(options as UnorderedOptions | undefined)
          return described === '' ? printed : `${printed.slice(0, -1)}, ${described}>`
        },
      },
    }) as CustomMatcher
  }
}

/** The options as `name: value` pairs, for the printed form only. */
function describeOptions(options: UnorderedOptions | undefined): string {
  if (typeof options !== 'object' || options === null) return ''
  return Object.entries(options)
    .map(([name, value]) => {
      const shown =
        typeof value === 'function'
          ? '[Function]'
          : typeof value === 'string' || Array.isArray(value)
            ? JSON.stringify(value)
            : String(value)
      return `${name}: ${shown}`
    })
    .join(', ')
}
