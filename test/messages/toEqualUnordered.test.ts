import { describe, expect, test } from 'vitest'
import { toEqualUnordered } from '../../matchers/toEqualUnordered'
import type { UnorderedOptions } from '../../src/unordered/readUnorderedOptions'
import { failureOf } from '../helpers/failureOf'

expect.extend({ toEqualUnordered })

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

  test('throws when received is not an array', () => {
    expect(failureOf(() => expect('abc').toEqualUnordered(['a']))).toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Matcher error: received value must be an array (pass \`paths\` to compare other values).

      Received has type:  String
      Received has value: "abc""
    `)
  })

  test('throws when an option is unknown', () => {
    expect(failureOf(() => expect([1]).toEqualUnordered([1], { depp: false } as never)))
      .toMatchInlineSnapshot(`
      "expect(received).toEqualUnordered(expected)

      Matcher error: toEqualUnordered() does not know the option \`depp\`. Known options: \`deep\`, \`paths\`, \`strict\`, \`identifyBy\`.

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
