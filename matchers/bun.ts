/**
 * Setup entry for Bun's test runner: `preload = ["expect-deterministic/bun"]` in `bunfig.toml`
 * (section `[test]`) registers the matchers with `bun:test`'s `expect`. Bun's matcher `this` lacks
 * parts of Jest's (oven-sh/bun#42566: no `customTesters`, `utils` without `diff` or
 * `printWithType`, no snapshot state, an `equals` that ignores testers and JavaScript asymmetric
 * matchers): each matcher gets the plain-assertion context for what is missing, Bun's own
 * `printExpected`/`printReceived`, and Bun's `equals` for Bun's native asymmetric matchers. Its
 * types are hand-written in `bun.d.mts`.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs'
import { colorsEnabled } from './assert/colors'
import { createPlainContext } from './assert/plainContext'
import type { MatcherContext } from './context'
import { usageError } from './format'
import { matchers } from './index'
import { restoreAfterTest } from './restoreAfterTest'

/** What Bun puts in a matcher's `this` (bun-types' `MatcherContext`), all of it checked. */
interface BunMatcherThis {
  readonly isNot?: unknown
  readonly promise?: unknown
  readonly customTesters?: unknown
  readonly equals?: unknown
  readonly utils?: unknown
}

interface BunGlobal {
  /** The test file running now (Bun runs every file in one process by default). */
  readonly main?: unknown
  /** Whether Bun colours its own output (stderr, where `bun test` reports). */
  readonly enableANSIColors?: unknown
}

const bun = (globalThis as { Bun?: BunGlobal }).Bun
if (bun === undefined) {
  throw new Error(
    "expect-deterministic/bun runs under Bun's test runner (`preload` in bunfig.toml). Under " +
      "Vitest use 'expect-deterministic/vitest', under Jest 'expect-deterministic/jest', under " +
      "Node's test runner 'expect-deterministic/node-test'.",
  )
}
// Imported only once Bun is known to be there: anywhere else `bun:test` fails to resolve with a
// message that names no cause.
const { afterEach, expect } = await import('bun:test')

// Bun keeps `bun test -u` to itself: no argv entry, no variable, nothing in `this`
// (oven-sh/bun#19280). On Linux the command line of the process tells; elsewhere
// EXPECT_DETERMINISTIC_UPDATE=all does the same.
function updateRequested(): boolean {
  try {
    if (!existsSync('/proc/self/cmdline')) return false
    const args = readFileSync('/proc/self/cmdline', 'utf8').split('\0')
    const test = args.indexOf('test')
    if (test === -1) return false
    const flags = args.slice(test + 1)
    const end = flags.indexOf('--')
    return (end === -1 ? flags : flags.slice(0, end)).some(
      (arg) => arg === '-u' || arg === '--update-snapshots',
    )
  } catch {
    return false
  }
}
const snapshotState = updateRequested() ? { _updateSnapshot: 'all' } : undefined

// Bun's asymmetric matchers are native objects without a JavaScript `asymmetricMatch`; their
// tag gives them away (`[object ExpectAny]`), and Bun's own `equals` understands them.
const isBunMatcher = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.prototype.toString.call(value).startsWith('[object Expect')

// Bun's `matcherHint` prints its value arguments as `Expected: undefined`, so the hint line is
// the plain context's, in Jest's `expect(received).toX(expected)` form.
const UTILS_FROM_BUN = ['printExpected', 'printReceived'] as const

function contextOf(self: BunMatcherThis): MatcherContext {
  const bunEquals = typeof self.equals === 'function' ? self.equals.bind(self) : undefined
  const plain = createPlainContext({
    names: {},
    color:
      typeof bun?.enableANSIColors === 'boolean'
        ? bun.enableANSIColors
        : colorsEnabled(process.stderr),
    testPath: typeof bun?.main === 'string' ? bun.main : undefined,
    snapshotState,
    foreign:
      bunEquals === undefined
        ? undefined
        : { recognises: isBunMatcher, equals: (a, b) => bunEquals(a, b) === true },
  })
  const own = (typeof self.utils === 'object' && self.utils !== null ? self.utils : {}) as Record<
    string,
    unknown
  >
  const utils = { ...plain.utils }
  for (const name of UTILS_FROM_BUN) {
    const fn = own[name]
    if (typeof fn === 'function') Object.assign(utils, { [name]: fn.bind(own) })
  }
  return {
    ...plain,
    isNot: self.isNot === true,
    // Bun calls asymmetric matchers without `promise`, as Jest does: keep the difference.
    promise: typeof self.promise === 'string' ? self.promise : undefined,
    customTesters: Array.isArray(self.customTesters) ? self.customTesters : [],
    utils,
  }
}

type Matcher = (this: MatcherContext, received: unknown, ...args: unknown[]) => unknown

// Every matcher of the library, called with the completed context.
const bunMatchers: Record<string, (this: BunMatcherThis, ...args: unknown[]) => unknown> = {}
for (const [name, matcher] of Object.entries(matchers as Record<string, Matcher>)) {
  bunMatchers[name] = function (this: BunMatcherThis, received: unknown, ...args: unknown[]) {
    const context = contextOf(this)
    if (name === 'toMatchGoldenSorted' && typeof args[0] !== 'string') {
      throw usageError(
        context,
        name,
        'under Bun the golden needs a `name` argument, unique in the test file: Bun does not tell ' +
          'matchers which test is running (oven-sh/bun#6213).',
        received,
      )
    }
    return matcher.call(context, received, ...args)
  }
}

expect.extend(bunMatchers)
// A perturbed check left open by a test that ended early is restored before the next test
// (a preload's hooks apply to every test file).
afterEach(restoreAfterTest)
