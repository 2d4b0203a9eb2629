import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { goldenStem } from '../../src/golden/goldenStem'
import type { GoldenOptions } from '../../src/golden/parseGoldenArguments'
import { toMatchGoldenSorted } from '../../matchers/toMatchGoldenSorted'
import { asyncFailureOf, failureOf } from '../helpers/failureOf'

expect.extend({ toMatchGoldenSorted })

// Typed here so these tests do not depend on the setup entry's augmentation being in the program.
declare module 'vitest' {
  // Vitest's own parameter list, repeated exactly, or the interfaces do not merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    toMatchGoldenSorted(name?: string | GoldenOptions, options?: GoldenOptions): any
  }
}

// Goldens of this file live under the ignored .tmp folder, named relative to the repository root.
const root = resolve(import.meta.dirname, '../..')
const dir = '../../.tmp/golden-messages'
const folder = join(root, '.tmp/golden-messages/toMatchGoldenSorted.test.ts')

/** The stem the current test's golden `name` (or n-th unnamed one) gets. */
const stemOf = (name: string | undefined, index = 1) =>
  goldenStem(expect.getState().currentTestName, name, index)

/** Runs `body` with a fake snapshot state, so the runner's real counters and mode stay out of it. */
function withState<T>(updateSnapshot: string, body: () => T): T {
  const original = expect.getState().snapshotState
  expect.setState({
    snapshotState: {
      _updateSnapshot: updateSnapshot,
      _rootDir: root,
      added: 0,
      matched: 0,
      unmatched: 0,
      updated: 0,
    } as never,
  })
  try {
    return body()
  } finally {
    expect.setState({ snapshotState: original as never })
  }
}

beforeEach(() => {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', '')
  vi.stubEnv('EXPECT_DETERMINISTIC_PENDING', '')
})
afterEach(() => {
  vi.unstubAllEnvs()
})

describe('.toMatchGoldenSorted', () => {
  test('fails when a JSON golden differs, with path, diff, pending file and how to accept', () => {
    writeFileSync(
      join(folder, `${stemOf('users')}.json`),
      '{\n  "admins": [\n    "ann"\n  ],\n  "count": 2\n}\n',
    )
    const message = withState('new', () =>
      failureOf(() =>
        expect({ count: 2, admins: ['bob', 'ann'] }).toMatchGoldenSorted('users', {
          dir,
          unordered: true,
        }),
      ),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the canonical text of the received value to match the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-a-JSON-golden-differs-with-path-diff-pending-file-and-how-to-accept.users.json.

      First difference at $.admins[1]: missing in the golden.

      - Golden
      + Received

      @@ -1,6 +1,7 @@
        {
          "admins": [
      -     "ann"
      +     "ann",
      +     "bob"
          ],
          "count": 2
        }

      Pending: the received text was written to .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-a-JSON-golden-differs-with-path-diff-pending-file-and-how-to-accept.users.json.new for review (npx expect-deterministic review).
      To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all."
    `)
  })

  test('fails when the value changed from JSON data to a Set, comparing with the old file', () => {
    writeFileSync(join(folder, `${stemOf(undefined, 1)}.json`), '[\n  "a"\n]\n')
    const message = withState('new', () =>
      failureOf(() => expect(new Set(['a'])).toMatchGoldenSorted({ dir })),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the canonical text of the received value to match the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-JSON-data-to-a-Set-comparing-with-the-old-file.1.json.

      The value changed kind: the golden file holds JSON data, the received value is the library's notation (not JSON). Accepting the change writes .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-JSON-data-to-a-Set-comparing-with-the-old-file.1.golden and removes .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-JSON-data-to-a-Set-comparing-with-the-old-file.1.json.

      First difference at $ (line 1).

      - Golden
      + Received

      @@ -1,3 +1,3 @@
      - [
      + Set [
          "a"
        ]

      Pending: the received text was written to .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-JSON-data-to-a-Set-comparing-with-the-old-file.1.golden.new for review (npx expect-deterministic review).
      To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all."
    `)
  })

  test('fails when the value changed from undefined to null, naming the file -u writes and the one it removes', () => {
    writeFileSync(join(folder, `${stemOf('undef')}.golden`), 'undefined\n')
    const message = withState('new', () =>
      failureOf(() => expect(null).toMatchGoldenSorted('undef', { dir })),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the canonical text of the received value to match the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-undefined-to-null-naming-the-file--u-writes-and-the-one~78a7201330.golden.

      The value changed kind: the golden file holds the library's notation (not JSON), the received value is JSON data. Accepting the change writes .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-undefined-to-null-naming-the-file--u-writes-and-the-one~78a7201330.json and removes .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-undefined-to-null-naming-the-file--u-writes-and-the-one~78a7201330.golden.

      First difference at $ (line 1).

      - Golden
      + Received

      @@ -1,1 +1,1 @@
      - undefined
      + null

      Pending: the received text was written to .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-value-changed-from-undefined-to-null-naming-the-file--u-writes-and-the-one~78a7201330.json.new for review (npx expect-deterministic review).
      To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all."
    `)
  })

  test('fails when a notation golden differs, naming the first differing line', () => {
    writeFileSync(join(folder, `${stemOf(undefined, 1)}.golden`), 'Map {\n  "a" => 1\n}\n')
    const message = withState('new', () =>
      failureOf(() => expect(new Map([['a', 2]])).toMatchGoldenSorted({ dir })),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the canonical text of the received value to match the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-a-notation-golden-differs-naming-the-first-differing-line.1.golden.

      First difference at $.a (line 2).

      - Golden
      + Received

      @@ -1,3 +1,3 @@
        Map {
      -   "a" => 1
      +   "a" => 2
        }

      Pending: the received text was written to .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-a-notation-golden-differs-naming-the-first-differing-line.1.golden.new for review (npx expect-deterministic review).
      To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all."
    `)
  })

  test('fails when the golden is missing in CI, saying nothing was written and how to create it', () => {
    const message = withState('none', () =>
      failureOf(() => expect({ b: 1, a: [1, 2] }).toMatchGoldenSorted({ dir })),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-golden-is-missing-in-CI-saying-nothing-was-written-and-how-to-create-it.1.json to exist; it was not written because the runner's snapshot update mode is "none" (CI or --ci: goldens are never written in CI unless forced).

      Received:
      {
        "a": [
          1,
          2
        ],
        "b": 1
      }

      To create it: run the tests locally and commit the file, or run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=new."
    `)
  })

  test('fails when the variable forces none, advising only the variable', () => {
    vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', 'none')
    const message = withState('new', () =>
      failureOf(() => expect([1]).toMatchGoldenSorted({ dir })),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-the-variable-forces-none-advising-only-the-variable.1.json to exist; it was not written because EXPECT_DETERMINISTIC_UPDATE=none.

      Received:
      [
        1
      ]

      To create it: run the tests locally and commit the file, or set EXPECT_DETERMINISTIC_UPDATE=new."
    `)
  })

  test('fails when an awaited promise resolves to a value that differs', async () => {
    writeFileSync(join(folder, `${stemOf(undefined, 1)}.json`), '[\n  1\n]\n')
    const original = expect.getState().snapshotState
    expect.setState({ snapshotState: { _updateSnapshot: 'none', _rootDir: root } as never })
    const message = await asyncFailureOf(
      () => expect(Promise.resolve([2])).toMatchGoldenSorted({ dir }) as unknown as Promise<void>,
    )
    expect.setState({ snapshotState: original as never })
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Expected the canonical text of the received value to match the golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/toMatchGoldenSorted-fails-when-an-awaited-promise-resolves-to-a-value-that-differs.1.json.

      First difference at $[0]: values differ.

      - Golden
      + Received

      @@ -1,3 +1,3 @@
        [
      -   1
      +   2
        ]

      To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all."
    `)
  })

  test('throws when the received promise rejects', async () => {
    const message = await withState('new', () =>
      asyncFailureOf(() =>
        expect(Promise.reject(new RangeError('timeout'))).toMatchGoldenSorted({ dir }),
      ),
    )
    expect(message).toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      The promise passed to toMatchGoldenSorted rejected, so there was no value to compare; the golden file was neither read nor written.

      Rejected with: [RangeError: timeout]"
    `)
  })

  test('throws when the name is not a string', () => {
    expect(failureOf(() => expect(1).toMatchGoldenSorted(42 as unknown as string)))
      .toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Matcher error: the golden name must be a non-empty string.

      Received has type:  Number
      Received has value: 42"
    `)
  })

  test('throws when an option is unknown', () => {
    expect(failureOf(() => expect(1).toMatchGoldenSorted('x', { dri: 'goldens' } as never)))
      .toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Matcher error: toMatchGoldenSorted() does not know the option \`dri\`. Known options: \`unordered\`, \`ignore\`, \`maxDepth\`, \`dir\`.

      Received has type:  Object
      Received has value: Object {
        "dri": "goldens",
      }"
    `)
  })

  test('throws when an ignore path is malformed', () => {
    expect(failureOf(() => expect(1).toMatchGoldenSorted('x', { ignore: ['$.['] })))
      .toMatchInlineSnapshot(`
      "expect(received).toMatchGoldenSorted(expected)

      Matcher error: Invalid path "$.[": expected a key name (use ['key'] for other characters) at position 2. Paths look like $.users[*].roles, $['odd key'][0] or $..id.

      Received has type:  Object
      Received has value: Object {
        "ignore": Array [
          "$.[",
        ],
      }"
    `)
  })
})

describe('.toMatchGoldenSorted with large or clashing goldens', () => {
  test('fails when most lines of a golden changed, with a diff cut after 200 changed lines and counted', () => {
    const before = Array.from({ length: 300 }, (_, i) => `line ${i}`)
    writeFileSync(join(folder, `${stemOf('big')}.json`), `${JSON.stringify(before, null, 2)}\n`)
    const after = before.map((line) => line.toUpperCase())
    const message = withState('new', () =>
      failureOf(() => expect(after).toMatchGoldenSorted('big', { dir })),
    )
    const lines = message.split('\n')
    expect(lines.filter((line) => /^[-+] {3}"/.test(line))).toHaveLength(200)
    expect(message).toContain(
      '… 400 more changed lines not shown (300 removed and 300 added in all)',
    )
    expect(message).toContain('First difference at $[0]: values differ.')
  })
})

describe('digits', () => {
  // A short test name: a stem cut for length would hash the name and never clash.
  test('throws when a name made of digits meets the unnamed golden of that number', () => {
    expect(
      withState('all', () => {
        expect(1).toMatchGoldenSorted({ dir })
        return failureOf(() => expect(2).toMatchGoldenSorted('1', { dir }))
      }),
    ).toMatchInlineSnapshot(
      `"The golden file .tmp/golden-messages/toMatchGoldenSorted.test.ts/digits-throws-when-a-name-made-of-digits-meets-the-unnamed-golden-of-that-number.1.json would hold the values of two assertions of the test "digits > throws when a name made of digits meets the unnamed golden of that number": unnamed golden 1 and name "1". A name made only of digits reads as the number of an unnamed golden. Golden files are never shared: give the assertions names that differ in letters or digits."`,
    )
  })
})

describe('.not.toMatchGoldenSorted', () => {
  test('throws when used with .not', () => {
    expect(failureOf(() => expect({ a: 1 }).not.toMatchGoldenSorted())).toMatchInlineSnapshot(`
      "expect(received).not.toMatchGoldenSorted(expected)

      Matcher error: toMatchGoldenSorted cannot be used with .not: a golden file records one value.

      Received has type:  Object
      Received has value: Object {
        "a": 1,
      }"
    `)
  })
})
