/**
 * Setup entry for Node's test runner (Node 22.14 or later, 23.7 or later): registers
 * `t.assert.idempotent`, `t.assert.equalUnordered` and `t.assert.goldenSorted` with node:test's
 * `assert.register`. Load it before the tests, `node --import expect-deterministic/node-test --test`
 * (or `--require`), or import it at the top of a test file. Its types are hand-written in
 * `nodeTest.d.mts`.
 * @packageDocumentation
 */
import * as nodeTest from 'node:test'
import type { GoldenOptions } from '../src/golden/parseGoldenArguments'
import type { IdempotentOptions } from '../src/idempotent/readIdempotentOptions'
import type { UnorderedOptions } from '../src/unordered/readUnorderedOptions'
import { colorsEnabled } from './assert/colors'
import {
  equalUnorderedAssertion,
  goldenSortedAssertion,
  idempotentAssertion,
} from './assert/matcherAssertions'
import type { PlainContextOptions } from './assert/plainContext'
import type { AssertionName } from './assert/plainUtils'
import { restoreAfterTest } from './restoreAfterTest'

const NAMES: Readonly<Record<string, AssertionName>> = {
  toBeIdempotent: { call: 't.assert.idempotent', received: 'fn' },
  toEqualUnordered: { call: 't.assert.equalUnordered', received: 'actual', expected: 'expected' },
  toMatchGoldenSorted: { call: 't.assert.goldenSorted', received: 'value' },
}

/** The part of node:test's `TestContext` read here (`filePath` since 22.6, `fullName` since 22.3). */
interface TestContextLike {
  readonly filePath?: unknown
  readonly fullName?: unknown
  readonly name?: unknown
}

// node:test has no update mode of its own beyond this flag (no "new" mode, no CI guard): without
// it, goldens follow EXPECT_DETERMINISTIC_UPDATE and CI detection as everywhere else. The runner
// passes the flag on to the process of each test file.
const UPDATE_FLAG = /(?:^|\s)--test-update-snapshots(?:\s|=|$)/

function updateRequested(): boolean {
  return (
    process.execArgv.some((arg) => arg === '--test-update-snapshots') ||
    UPDATE_FLAG.test(process.env.NODE_OPTIONS ?? '')
  )
}

function contextOf(self: unknown): PlainContextOptions {
  const t: TestContextLike = typeof self === 'object' && self !== null ? self : {}
  const name = typeof t.fullName === 'string' ? t.fullName : t.name
  return {
    names: NAMES,
    // The runner reports on stdout, and sets FORCE_COLOR for test files when that is a terminal.
    color: colorsEnabled(process.stdout),
    testPath: typeof t.filePath === 'string' ? t.filePath : undefined,
    currentTestName: typeof name === 'string' ? name : undefined,
    snapshotState: updateRequested() ? { _updateSnapshot: 'all' } : undefined,
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- node:test's own signature
type Register = (name: string, fn: (this: unknown, ...args: any[]) => unknown) => void
const register = (nodeTest as { assert?: { register?: Register } }).assert?.register
if (typeof register !== 'function') {
  throw new Error(
    "expect-deterministic/node-test needs node:test's `assert.register`, which Node has since " +
      `22.14 (and 23.7); this is Node ${process.version}. Upgrade Node, or use the plain assertions ` +
      "`assertIdempotent`, `assertEqualUnordered` and `assertGoldenSorted` from 'expect-deterministic', " +
      'which work with any test runner.',
  )
}

register(
  'idempotent',
  function idempotent(
    this: unknown,
    fn: unknown,
    timesOrOptions?: number | IdempotentOptions,
    options?: IdempotentOptions,
  ) {
    return idempotentAssertion(contextOf(this), idempotent, fn, timesOrOptions, options)
  },
)
register(
  'equalUnordered',
  function equalUnordered(
    this: unknown,
    actual: unknown,
    expected: unknown,
    options?: UnorderedOptions,
  ) {
    equalUnorderedAssertion(contextOf(this), equalUnordered, actual, expected, options)
  },
)
register(
  'goldenSorted',
  function goldenSorted(
    this: unknown,
    value: unknown,
    nameOrOptions?: string | GoldenOptions,
    options?: GoldenOptions,
  ) {
    return goldenSortedAssertion(contextOf(this), goldenSorted, value, nameOrOptions, options)
  },
)

// A perturbed check left open by a test that ended early (a call that never settled, an assertion
// that was not awaited) is restored after that test, which then fails saying why. Registered at
// the top level, the hook applies to every test of the file that loads this entry.
nodeTest.afterEach(restoreAfterTest)
