import { diffLines } from '../../src/core/text/diffLines'
import { stableStringify } from '../../src/core/text/stableStringify'
import type { MatcherContext } from '../context'
import type { Palette } from './colors'

/**
 * How the hint line names an assertion outside `expect`: the call and its argument names, e.g.
 * `{ call: 'assertEqualUnordered', received: 'actual', expected: 'expected' }`.
 * @internal
 */
export interface AssertionName {
  readonly call: string
  readonly received: string
  readonly expected?: string
}

/** Jest's `diff` options that the matchers pass. */
interface DiffOptions {
  readonly aAnnotation?: string
  readonly bAnnotation?: string
}

/**
 * One line for any value: the library's canonical notation (sorted keys, Map entries and Set
 * members), so a message reads the same whatever order the value was built in. A value that
 * cannot be written (a throwing getter, data nested too deep) is named, not printed, so a
 * failure message never turns into another error.
 *
 * @example printValue({ b: 1, a: [2] }) // '{"a":[2],"b":1}'
 * @internal
 */
export function printValue(value: unknown): string {
  try {
    return stableStringify(value, { indent: 0 })
  } catch (error) {
    return `[value that cannot be printed: ${error instanceof Error ? error.message : String(error)}]`
  }
}

/** The indented canonical text that diffs compare, or undefined when there is none. */
function diffText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return stableStringify(value)
  } catch {
    return undefined
  }
}

/** Jest's type names for `printWithType`. */
function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (value instanceof Map) return 'map'
  if (value instanceof Set) return 'set'
  if (value instanceof Date) return 'date'
  if (value instanceof RegExp) return 'regexp'
  return typeof value
}

/** Jest's hint line, `expect(received).resolves.not.toX(expected)`, for homes that use `expect`. */
function expectHint(
  colors: Palette,
  name: string,
  options: { readonly isNot?: boolean; readonly promise?: string },
): string {
  const promise = options.promise ? `${colors.dim('.')}${options.promise}` : ''
  const not = options.isNot === true ? `${colors.dim('.')}not` : ''
  return (
    `${colors.dim('expect(')}${colors.received('received')}${colors.dim(')')}${promise}${not}` +
    `${colors.dim('.')}${name}${colors.dim('(')}${colors.expected('expected')}${colors.dim(')')}`
  )
}

/**
 * The `utils` of a matcher context without a runner: the same hint line, labels and diff layout
 * as Jest and Vitest (`- Expected` / `+ Received`, `@@` hunks), printed with the library's
 * canonical notation and the given colours. `names` words the hint line per matcher; a matcher
 * it does not name gets Jest's `expect(received).toX(expected)`.
 *
 * @example createPlainUtils(palette(false), names).matcherHint('toEqualUnordered') // 'assertEqualUnordered(actual, expected)'
 * @internal
 */
export function createPlainUtils(
  colors: Palette,
  names: Readonly<Record<string, AssertionName>>,
): MatcherContext['utils'] {
  const printExpected = (value: unknown): string => colors.expected(printValue(value))
  const printReceived = (value: unknown): string => colors.received(printValue(value))
  return {
    matcherHint(name, _received, _expected, options) {
      const known = Object.hasOwn(names, name) ? names[name] : undefined
      if (known === undefined) return expectHint(colors, name, options ?? {})
      const args = [colors.received(known.received)]
      if (known.expected !== undefined) args.push(colors.expected(known.expected))
      return `${colors.dim(`${known.call}(`)}${args.join(colors.dim(', '))}${colors.dim(')')}`
    },
    printExpected,
    printReceived,
    printWithType(label, value, print) {
      const type = typeName(value)
      const hasType = type === 'null' || type === 'undefined' ? '' : `${label} has type:  ${type}\n`
      return `${hasType}${label} has value: ${print(value)}`
    },
    diff(expected, received, options?: unknown) {
      const a = diffText(expected)
      const b = diffText(received)
      if (a === undefined || b === undefined || typeof expected !== typeof received) return null
      const { aAnnotation, bAnnotation } = (options ?? {}) as DiffOptions
      const result = diffLines(a, b, {
        labels: { removed: aAnnotation ?? 'Expected', added: bAnnotation ?? 'Received' },
        colors: { removed: colors.expected, added: colors.received, hunk: colors.hunk },
      })
      return result.text === '' ? null : result.text
    },
    // The plain `equals` compares Maps and Sets by content itself.
    iterableEquality: () => undefined,
    EXPECTED_COLOR: colors.expected,
    RECEIVED_COLOR: colors.received,
  }
}
