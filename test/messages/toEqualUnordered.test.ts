import { expect as jestExpect } from 'expect'
import { processError } from '@vitest/utils/error'
import { describe, expect, test } from 'vitest'
import { toEqualUnordered } from '../../matchers/toEqualUnordered'
import { installUnorderedAsymmetric } from '../../matchers/unorderedAsymmetric'
import type { UnorderedOptions } from '../../src/unordered/readUnorderedOptions'
import { failureOf, stripAnsi } from '../helpers/failureOf'

expect.extend({ toEqualUnordered })
installUnorderedAsymmetric(expect)
jestExpect.extend({ toEqualUnordered } as never)

type Asymmetric = { toEqualUnordered(expected: unknown, options?: UnorderedOptions): unknown }
type Unordered = {
  toEqualUnordered(expected: unknown, options?: UnorderedOptions): void
  not: { toEqualUnordered(expected: unknown, options?: UnorderedOptions): void }
}
/** Jest's standalone `expect` with the matcher registered. */
const jest = (value: unknown) => jestExpect(value) as unknown as Unordered

declare module 'vitest' {
  // Vitest's own parameter list, repeated exactly, or the interfaces do not merge.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> {
    toEqualUnordered(expected: unknown, options?: UnorderedOptions): T
  }
}

describe('.toEqualUnordered', () => {
  test('fails when a member is missing, with a sorted diff', () => {
    expect(failureOf(() => expect([3, 1]).toEqualUnordered([1, 2, 3]))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 0 extra (received 2 elements, expected 3; 2 paired).

      Missing (in expected, not in received):
        expected[1]: 2

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

      - [
      -   2,
      - ]
      + []"
    `)
  })

  test('fails when a multiplicity differs', () => {
    expect(failureOf(() => expect(['a', 'b', 'b']).toEqualUnordered(['a', 'a', 'b'])))
      .toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 1 extra (received 3 elements, expected 3; 2 paired).

      Counts differ:
        "a": expected 2 times, received 1 time
        "b": expected 1 time, received 2 times

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
      -   "a",
      +   "b",
        ]"
    `)
  })

  test('fails when a record changed, paired by identifyBy with a field-level diff', () => {
    const received = [
      { id: 3, name: 'Cy', roles: ['admin', 'dev'] },
      { id: 1, name: 'Ann', roles: [] },
      { id: 2, name: 'Bo', roles: ['dev'] },
    ]
    const expected = [
      { id: 1, name: 'Ann', roles: [] },
      { id: 2, name: 'Bo', roles: ['dev'] },
      { id: 3, name: 'Cy', roles: ['dev', 'ops'] },
    ]
    expect(failureOf(() => expect(received).toEqualUnordered(expected, { identifyBy: 'id' })))
      .toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 1 extra (received 3 elements, expected 3; 2 paired).

      Changed (paired by same id):
        expected[2] vs received[0]: multisets differ at $[*].roles

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "id": 3,
            "name": "Cy",
            "roles": [
      +       "admin",
              "dev",
      -       "ops",
            ],
          },
        ]"
    `)
  })

  test('fails when records differ, paired by structure, with asymmetric matchers resolved', () => {
    const received = [
      { id: 1, at: '2024-01-01', total: 10 },
      { id: 2, at: '2024-01-02', total: 20 },
    ]
    const expected = [
      { id: 2, at: expect.any(String), total: 20 },
      { id: 1, at: expect.any(String), total: 11 },
    ]
    expect(failureOf(() => expect(received).toEqualUnordered(expected))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

      Changed (paired by similar fields):
        expected[1] vs received[0]: values differ at $[*].total (expected 11, received 10)

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "at": "2024-01-01",
            "id": 1,
      -     "total": 11,
      +     "total": 10,
          },
        ]"
    `)
  })

  test('fails when only nested order differs under deep: false, and says so', () => {
    expect(
      failureOf(() =>
        expect([{ id: 1, tags: ['x', 'y'] }]).toEqualUnordered([{ id: 1, tags: ['y', 'x'] }], {
          deep: false,
        }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays keep their order (deep: false).

      At $: 1 missing, 1 extra (received 1 element, expected 1; 0 paired).

      Changed (paired by similar fields):
        expected[0] vs received[0]: values differ at $[*].tags[0] (expected "y", received "x")

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "id": 1,
            "tags": [
      -       "y",
              "x",
      +       "y",
            ],
          },
        ]

      Note: the values differ only in the order of nested arrays at $[*].tags; drop \`deep: false\` to ignore that order."
    `)
  })

  test('fails when a nested array at a selected path differs', () => {
    const received = { orders: [{ id: 'o1', items: ['pen', 'ink'] }] }
    const expected = { orders: [{ id: 'o1', items: ['ink', 'nib'] }] }
    expect(
      failureOf(() =>
        expect(received).toEqualUnordered(expected, { paths: ['$.orders[*].items'] }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with the arrays at $.orders[*].items compared in any order, each element as many times.

      At $.orders[0].items: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

      Missing (in expected, not in received):
        expected[1]: "nib"
      Extra (in received, not in expected):
        received[0]: "pen"

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
      -   "nib",
      +   "pen",
        ]"
    `)
  })

  test('fails when a value outside any multiset differs', () => {
    expect(
      failureOf(() =>
        expect({ a: [1, 2], b: 1 }).toEqualUnordered({ a: [2, 1], b: 2 }, { paths: ['$.a'] }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with the arrays at $.a compared in any order, each element as many times.

      At $.b: values differ.

      Expected: 2
      Received: 1"
    `)
  })

  test('fails when strict and a property is undefined on one side, absent on the other', () => {
    expect(
      failureOf(() =>
        expect([{ a: 1, b: undefined }]).toEqualUnordered([{ a: 1 }], { strict: true }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too (elements compared like toStrictEqual).

      At $: 1 missing, 1 extra (received 1 element, expected 1; 0 paired).

      Changed (paired by similar fields):
        expected[0] vs received[0]: $[*].b is absent in expected, undefined in received

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "a": 1,
      +     "b": undefined,
          },
        ]"
    `)
    expect(
      failureOf(() =>
        expect([{ a: 1 }]).toEqualUnordered([{ a: 1, b: undefined }], { strict: true }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too (elements compared like toStrictEqual).

      At $: 1 missing, 1 extra (received 1 element, expected 1; 0 paired).

      Changed (paired by similar fields):
        expected[0] vs received[0]: $[*].b is undefined in expected, absent in received

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "a": 1,
      -     "b": undefined,
          },
        ]"
    `)
  })

  test('fails when large arrays differ, with the lists summarised', () => {
    const received = Array.from({ length: 1000 }, (_, i) => i)
    const expected = Array.from({ length: 1000 }, (_, i) => i + 15)
    expect(failureOf(() => expect(received).toEqualUnordered(expected))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

      At $: 15 missing, 15 extra (received 1000 elements, expected 1000; 985 paired).

      Missing (in expected, not in received):
        expected[985]: 1000
        expected[986]: 1001
        expected[987]: 1002
        expected[988]: 1003
        expected[989]: 1004
        expected[990]: 1005
        expected[991]: 1006
        expected[992]: 1007
        expected[993]: 1008
        expected[994]: 1009
        … and 5 more
      Extra (in received, not in expected):
        received[0]: 0
        received[1]: 1
        received[2]: 2
        received[3]: 3
        received[4]: 4
        received[5]: 5
        received[6]: 6
        received[7]: 7
        received[8]: 8
        received[9]: 9
        … and 5 more

      Unpaired elements side by side (nested multisets sorted; expected: first 10 of 15, received: first 10 of 15):

      - Expected
      + Received

        [
      -   1000,
      -   1001,
      -   1002,
      -   1003,
      -   1004,
      -   1005,
      -   1006,
      -   1007,
      -   1008,
      -   1009,
      +   0,
      +   1,
      +   2,
      +   3,
      +   4,
      +   5,
      +   6,
      +   7,
      +   8,
      +   9,
        ]"
    `)
  })

  test('fails when a Set is compared with an array, naming both types', () => {
    expect(failureOf(() => expect(new Set([1])).toEqualUnordered([1]))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with every array at every depth compared in any order, each element as many times.

      At $: types differ: an array vs a Set.

      Expected: Array [
        1,
      ]
      Received: Set {
        1,
      }"
    `)
  })

  test('fails when values that are not arrays differ inside a nested multiset', () => {
    const received = {
      id: 7,
      users: [
        { name: 'b', roles: ['x'] },
        { name: 'a', roles: [] },
      ],
    }
    const expected = {
      id: 7,
      users: [
        { name: 'a', roles: [] },
        { name: 'b', roles: ['y'] },
      ],
    }
    expect(failureOf(() => expect(received).toEqualUnordered(expected))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with every array at every depth compared in any order, each element as many times.

      At $.users: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

      Changed (paired by similar fields):
        expected[1] vs received[0]: multisets differ at $.users[*].roles

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        [
          {
            "name": "b",
            "roles": [
      -       "y",
      +       "x",
            ],
          },
        ]"
    `)
  })

  test('fails under deep: false when a value that is not an array differs in a nested order', () => {
    expect(
      failureOf(() => expect({ ids: [2, 1] }).toEqualUnordered({ ids: [1, 2] }, { deep: false })),
    ).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal; with deep: false only a top-level array is compared in any order.

      At $.ids[0]: values differ.

      Expected: 1
      Received: 2

      Note: the values differ only in the order of nested arrays at $.ids; drop \`deep: false\` to ignore that order."
    `)
  })

  test('fails when data 100,000 levels deep differs at the bottom, naming the multiset and skipping the diff', () => {
    // 100,000 nested multisets, the bottom one different: too deep for the runner's `equals`.
    const chain = (leaf: number) => {
      let value: unknown = [leaf]
      for (let i = 0; i < 100_000; i++) value = [value, i]
      return value
    }
    expect(failureOf(() => expect(chain(1)).toEqualUnordered(chain(2), { maxDepth: 100_001 })))
      .toMatchInlineSnapshot(`
        "expect(received).toEqualUnordered(expected)

        Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

        At $: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

        Changed (paired by similar fields):
          expected[0] vs received[0]: multisets differ at $[*]

        Unpaired elements side by side (nested multisets sorted):

        The unpaired elements nest more than 200 levels deep: too deep to diff."
      `)
  })

  test('throws when maxDepth is not a positive integer', () => {
    expect(failureOf(() => expect([1]).toEqualUnordered([1], { maxDepth: 0 })))
      .toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Matcher error: The \`maxDepth\` option of toEqualUnordered() must be a positive integer, but received 0.

      Received has type:  Object
      Received has value: Object {
        "maxDepth": 0,
      }"
    `)
  })

  test('throws when an option is unknown', () => {
    expect(failureOf(() => expect([1]).toEqualUnordered([1], { depp: false } as never)))
      .toMatchInlineSnapshot(`
        "expect(received).toEqualUnordered(expected)

        Matcher error: toEqualUnordered() does not know the option \`depp\`. Known options: \`deep\`, \`paths\`, \`strict\`, \`identifyBy\`, \`maxDepth\`.

        Received has type:  Object
        Received has value: Object {
          "depp": false,
        }"
      `)
  })
})

describe('.not.toEqualUnordered', () => {
  test('fails when the arrays hold the same elements', () => {
    expect(
      failureOf(() => expect([{ id: 2 }, { id: 1 }]).not.toEqualUnordered([{ id: 1 }, { id: 2 }])),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toEqualUnordered(expected)

      Expected the arrays not to hold the same elements in any order, each as many times; nested arrays are unordered too. They do: every element was paired with an equal one.

      Expected: not Array [
        Object {
          "id": 1,
        },
        Object {
          "id": 2,
        },
      ] (in any order)
      Received: Array [
        Object {
          "id": 2,
        },
        Object {
          "id": 1,
        },
      ]"
    `)
  })

  test('fails when large arrays are equal, without dumping them', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i)
    expect(failureOf(() => expect([...xs].reverse()).not.toEqualUnordered(xs)))
      .toMatchInlineSnapshot(`
      "expect(received).not.toEqualUnordered(expected)

      Expected the arrays not to hold the same elements in any order, each as many times; nested arrays are unordered too. They do: every element was paired with an equal one.

      Expected: not 100 elements (too many to print) (in any order)
      Received: 100 elements (too many to print)"
    `)
  })
})

describe('.not.toEqualUnordered on values that are not arrays', () => {
  test('fails when the values are equal with every nested array unordered', () => {
    expect(failureOf(() => expect({ ids: [2, 1] }).not.toEqualUnordered({ ids: [1, 2] })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toEqualUnordered(expected)

      Expected the values not to be equal, with every array at every depth compared in any order, each element as many times. They are.

      Expected: not Object {
        "ids": Array [
          1,
          2,
        ],
      } (in any order)
      Received: Object {
        "ids": Array [
          2,
          1,
        ],
      }"
    `)
  })
})

describe('.toEqualUnordered under Jest', () => {
  test('fails when a Set is compared with an array, naming both types', () => {
    expect(failureOf(() => jest(new Set([1])).toEqualUnordered([1]))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with every array at every depth compared in any order, each element as many times.

      At $: types differ: an array vs a Set.

      Expected: [1]
      Received: Set {1}"
    `)
  })

  test('fails when values that are not arrays differ inside a nested multiset', () => {
    const received = {
      id: 7,
      users: [
        { name: 'b', roles: ['x'] },
        { name: 'a', roles: [] },
      ],
    }
    const expected = {
      id: 7,
      users: [
        { name: 'a', roles: [] },
        { name: 'b', roles: ['y'] },
      ],
    }
    expect(failureOf(() => jest(received).toEqualUnordered(expected))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Expected the values to be equal, with every array at every depth compared in any order, each element as many times.

      At $.users: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

      Changed (paired by similar fields):
        expected[1] vs received[0]: multisets differ at $.users[*].roles

      Unpaired elements side by side (nested multisets sorted):

      - Expected
      + Received

        Array [
          Object {
            "name": "b",
            "roles": Array [
      -       "y",
      +       "x",
            ],
          },
        ]"
    `)
  })

  test('fails when data 100,000 levels deep differs at the bottom, naming the multiset and skipping the diff', () => {
    // 100,000 nested multisets, the bottom one different: too deep for the runner's `equals`.
    const chain = (leaf: number) => {
      let value: unknown = [leaf]
      for (let i = 0; i < 100_000; i++) value = [value, i]
      return value
    }
    expect(failureOf(() => jest(chain(1)).toEqualUnordered(chain(2), { maxDepth: 100_001 })))
      .toMatchInlineSnapshot(`
        "expect(received).toEqualUnordered(expected)

        Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

        At $: 1 missing, 1 extra (received 2 elements, expected 2; 1 paired).

        Changed (paired by similar fields):
          expected[0] vs received[0]: multisets differ at $[*]

        Unpaired elements side by side (nested multisets sorted):

        The unpaired elements nest more than 200 levels deep: too deep to diff."
      `)
  })

  test('fails when the values are equal under .not, with every nested array unordered', () => {
    expect(failureOf(() => jest({ ids: [2, 1] }).not.toEqualUnordered({ ids: [1, 2] })))
      .toMatchInlineSnapshot(`
      "expect(received).not.toEqualUnordered(expected)

      Expected the values not to be equal, with every array at every depth compared in any order, each element as many times. They are.

      Expected: not {"ids": [1, 2]} (in any order)
      Received: {"ids": [2, 1]}"
    `)
  })
})

describe('expect.toEqualUnordered inside toEqual under Vitest', () => {
  test('fails with a diff of the expected elements, never the options object', () => {
    let error: unknown
    try {
      expect({ ids: [2, 1], n: 1 }).toEqual({
        ids: (expect as unknown as Asymmetric).toEqualUnordered([1, 3], { deep: false }),
        n: 1,
      })
    } catch (e) {
      error = e
    }
    processError(error)
    expect(stripAnsi((error as { diff: string }).diff)).toMatchInlineSnapshot(`
      "- Expected
      + Received

        {
          "ids": [
      +     2,
            1,
      -     3,
          ],
          "n": 1,
        }"
    `)
  })
})

describe('.not.toEqualUnordered with paths', () => {
  test('fails when the values are equal with the selected arrays unordered', () => {
    expect(
      failureOf(() =>
        expect({ ids: [2, 1] }).not.toEqualUnordered({ ids: [1, 2] }, { paths: ['$.ids'] }),
      ),
    ).toMatchInlineSnapshot(`
      "expect(received).not.toEqualUnordered(expected)

      Expected the values not to be equal, with the arrays at $.ids compared in any order, each element as many times. They are.

      Expected: not Object {
        "ids": Array [
          1,
          2,
        ],
      } (in any order)
      Received: Object {
        "ids": Array [
          2,
          1,
        ],
      }"
    `)
  })
})
