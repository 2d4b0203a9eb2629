import { describe, expect, test } from 'bun:test'
import { getOrder, linesOf, packingSlip, packingSlipFixed } from '../src/orders'

const lines = new Map([
  ['TEA-07', 2],
  ['MUG-01', 1],
  ['PEN-03', 5],
])

describe('orders', () => {
  test('lines come back in any order, and toEqualUnordered does not care', () => {
    expect(linesOf(2)).toEqualUnordered([
      { sku: 'MUG-01', qty: 1 },
      { sku: 'PEN-03', qty: expect.any(Number) },
      { sku: 'TEA-07', qty: 2 },
    ])
  })

  test('a line with another quantity is reported, paired by sku', () => {
    expect(() =>
      expect(linesOf(1)).toEqualUnordered(
        [
          { sku: 'MUG-01', qty: 1 },
          { sku: 'PEN-03', qty: 4 },
          { sku: 'TEA-07', qty: 2 },
        ],
        { identifyBy: 'sku' },
      ),
    ).toThrow(/values differ at \$\[\*\]\.qty \(expected 4, received 5\)/)
  })

  test('the packing slip depends on Map order; shuffle catches it with a replay seed', () => {
    expect(() => expect(packingSlip).toBeIdempotent({ args: [lines], shuffle: true })).toThrow(
      /The output depends on 'order'[\s\S]*Replay with \{ shuffle: true, seed: \d+ \}[\s\S]*differs from call 1/,
    )
  })

  test('the fixed packing slip survives shuffling', () => {
    expect(packingSlipFixed).toBeIdempotent({ args: [lines], shuffle: true })
  })

  test('GET /orders/2 matches its golden file, lines in any order', () => {
    // Bun does not tell matchers the test's name: each golden needs a name, unique in the file.
    // test/__golden__/orders.test.ts/order-2.json holds sorted JSON; `bun test -u` rewrites it.
    expect(getOrder(2)).toMatchGoldenSorted('order-2', { unordered: ['$.body.lines'] })
  })

  test('a changed quantity fails against the golden, naming the path', () => {
    const changed = getOrder(2)
    changed.body.lines[0] = { sku: 'PEN-03', qty: 9 }
    // No pending `.new` file for this deliberate mismatch.
    process.env.EXPECT_DETERMINISTIC_PENDING = 'never'
    try {
      expect(() =>
        expect(changed).toMatchGoldenSorted('order-2-as-shipped', { unordered: ['$.body.lines'] }),
      ).toThrow(/First difference at \$\.body\.lines\[2\]\.qty/)
    } finally {
      delete process.env.EXPECT_DETERMINISTIC_PENDING
    }
  })
})
