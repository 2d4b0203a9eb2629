import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  assertEqualUnordered,
  assertGoldenSorted,
  assertIdempotent,
} from '../../matchers/assert/plainAssertions'
import { stableStringify } from '../../src/core/text/stableStringify'
import { asyncFailureOf, failureOf } from '../helpers/failureOf'

// Goldens are written only inside the project (the working directory here): a scratch folder
// under .tmp/, never the system's temporary folder.
const scratch = join(process.cwd(), '.tmp', 'scratch')
mkdirSync(scratch, { recursive: true })

// The plain assertions print the matchers' messages: only the hint line names the function.
afterEach(() => {
  vi.unstubAllEnvs()
})

describe('assertEqualUnordered', () => {
  test('fails when a member is missing, with a sorted diff', () => {
    expect(failureOf(() => assertEqualUnordered([3, 1], [1, 2, 3]))).toMatchInlineSnapshot(`
      "assertEqualUnordered(actual, expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 0 extra (received 2 elements, expected 3; 2 paired).

      Missing (in expected, not in received):
        expected[1]: 2

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

      @@ -1,3 +1,1 @@
      - [
      -   2
      - ]
      + []"
    `)
  })

  test('fails when a changed record is paired by its key', () => {
    expect(
      failureOf(() =>
        assertEqualUnordered(
          [
            { sku: 'pen', qty: 2 },
            { sku: 'ink', qty: 1 },
          ],
          [
            { sku: 'ink', qty: 1 },
            { sku: 'pen', qty: 3 },
          ],
          { identifyBy: 'sku' },
        ),
      ),
    ).toMatchInlineSnapshot(`
      "assertEqualUnordered(actual, expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

      Changed (paired by same sku):
        expected[1] vs received[0]: values differ at $[*].qty (expected 3, received 2)

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

      @@ -1,6 +1,6 @@
        [
          {
      -     "qty": 3,
      +     "qty": 2,
            "sku": "pen"
          }
        ]"
    `)
  })

  test('throws when the options are wrong, with the usage error', () => {
    expect(failureOf(() => assertEqualUnordered([1], [1], { depp: true } as never)))
      .toMatchInlineSnapshot(`
        "assertEqualUnordered(actual, expected)

        Matcher error: toEqualUnordered() does not know the option \`depp\`. Known options: \`deep\`, \`paths\`, \`strict\`, \`identifyBy\`, \`maxDepth\`.

        Received has type:  object
        Received has value: {"depp":true}"
      `)
  })
})

describe('assertIdempotent', () => {
  test('fails when the output depends on insertion order, with the replay seed', () => {
    const winner = (votes: Record<string, number>): string =>
      Object.entries(votes).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
    expect(
      failureOf(() =>
        assertIdempotent(winner, { args: [{ ada: 3, bob: 3, cyd: 1 }], shuffle: true }),
      ),
    ).toMatchInlineSnapshot(`
      "assertIdempotent(fn)

      The output depends on 'order': the arguments' object keys, Map entries and Set members were re-inserted in another order (4 collections reordered in calls 2 to 5).
      Do not let the output follow insertion order: sort keys, entries or members before use, or build the output from a sorted list.
      Replay with { shuffle: true, seed: 2166136261 }.

      Expected every call to return the same output, but call 2 of 5 differs from call 1.

      2 distinct outputs in 5 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: "ada"
      Call 2: "bob"

      Call 2 got its arguments reordered (1 collection; call 1 got them as given):
        $[0]: keys cyd, bob, ada (given: ada, bob, cyd)"
    `)
  })

  test('fails when an async function races, as a rejected promise', async () => {
    let shared = 0
    const next = async (): Promise<number> => {
      const seen = shared
      await new Promise((resolve) => setTimeout(resolve, 1))
      shared = seen + 1
      return shared
    }
    expect(await asyncFailureOf(() => assertIdempotent(next, 2))).toMatchInlineSnapshot(`
      "assertIdempotent(fn)

      Expected every call to return the same output, but call 2 of 2 differs from call 1.

      2 distinct outputs in 2 calls (compared in canonical form).

      First difference at $ (values differ):
      Call 1: 1
      Call 2: 2"
    `)
  })
})

describe('assertGoldenSorted', () => {
  test('fails when the golden is missing and writes are off, beside the calling file', () => {
    vi.stubEnv('EXPECT_DETERMINISTIC_UPDATE', 'none')
    const message = failureOf(() => assertGoldenSorted({ b: 1, a: [2] }, 'report'))
    expect(message).toMatchInlineSnapshot(`
      "assertGoldenSorted(value, name)

      Expected the golden file test/messages/__golden__/plainAssertions.test.ts/report.json to exist; it was not written because EXPECT_DETERMINISTIC_UPDATE=none.

      Received:
      {
        "a": [
          2
        ],
        "b": 1
      }

      To create it: run the tests locally and commit the file, or set EXPECT_DETERMINISTIC_UPDATE=new."
    `)
  })

  test('fails when the value changed, with the golden diff and the variable to accept it', () => {
    const dir = mkdtempSync(join(scratch, 'plain-golden-'))
    try {
      // The golden an earlier run wrote, in the folder of this test file.
      mkdirSync(join(dir, 'plainAssertions.test.ts'))
      const golden = stableStringify({ version: 1, owners: ['ann'] })
      writeFileSync(join(dir, 'plainAssertions.test.ts', 'weekly.json'), `${golden}\n`)
      vi.stubEnv('EXPECT_DETERMINISTIC_PENDING', 'never')
      const message = failureOf(() =>
        assertGoldenSorted({ version: 2, owners: ['ann'] }, 'weekly', { dir }),
      )
      expect(message.replace(relative(process.cwd(), dir), '<dir>')).toMatchInlineSnapshot(`
        "assertGoldenSorted(value, name)

        Expected the canonical text of the received value to match the golden file <dir>/plainAssertions.test.ts/weekly.json.

        First difference at $.version: values differ.

        - Golden
        + Received

        @@ -2,5 +2,5 @@
            "owners": [
              "ann"
            ],
        -   "version": 1
        +   "version": 2
          }

        To accept the change: set EXPECT_DETERMINISTIC_UPDATE=all."
      `)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
