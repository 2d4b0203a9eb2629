import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { headline, headlineFixed } from '../src/bundles.js'
import { ordersPerHour, ordersPerHourFixed } from '../src/busyHours.js'
import { priceCart, priceCartFixed, type PriceApi } from '../src/cart.js'
import { issueCoupon, issueCouponFixed } from '../src/coupons.js'
import { tableOfContents, tableOfContentsFixed } from '../src/guides.js'
import { priceLabel, priceLabelFixed } from '../src/labels.js'
import { leaderboard, leaderboardFixed } from '../src/leaderboard.js'
import { receipt, receiptFixed } from '../src/receipt.js'

// Each pair: the buggy function fails, naming what its output depends on and the line that reads
// it; the fixed twin passes the same perturbation.
const guides = fileURLToPath(new URL('../guides', import.meta.url))

describe("perturb: 'readdir'", () => {
  test('the table of contents follows the file system', () => {
    expect(() =>
      expect(tableOfContents).toBeIdempotent({ args: [guides], perturb: ['readdir'] }),
    ).toThrow(/The output depends on 'readdir'[^]*Site: fs\.readdirSync at src\/guides\.ts:\d+:\d+/)
  })
  test('the fixed table of contents is sorted', () => {
    expect(tableOfContentsFixed).toBeIdempotent({ args: [guides], perturb: ['readdir'] })
  })
})

describe("perturb: 'sort'", () => {
  const scores = [
    { player: 'ada', points: 30 },
    { player: 'bob', points: 20 },
    { player: 'cy', points: 30 },
    { player: 'dee', points: 20 },
  ]
  test('a comparator that never returns 0 leaves ties to the engine', () => {
    expect(() => expect(leaderboard).toBeIdempotent({ args: [scores], perturb: ['sort'] })).toThrow(
      /The output depends on 'sort'[^]*Site: Array\.prototype\.sort at src\/leaderboard\.ts:\d+:\d+/,
    )
  })
  test('the fixed comparator breaks ties by name', () => {
    expect(leaderboardFixed).toBeIdempotent({ args: [scores], perturb: ['sort'] })
  })
})

describe("perturb: 'clock'", () => {
  const lines = [{ sku: 'MUG-01', cents: 900, qty: 2 }]
  test("today's date on the receipt", () => {
    expect(() => expect(receipt).toBeIdempotent({ args: [lines], perturb: ['clock'] })).toThrow(
      /The output depends on 'clock'[^]*Site: new Date\(\) at src\/receipt\.ts:\d+:\d+/,
    )
  })
  test('the fixed receipt takes its date and only measures durations', () => {
    const metrics = { record() {} }
    expect(receiptFixed).toBeIdempotent({
      args: [lines, '2024-03-05', metrics],
      perturb: ['clock'],
    })
  })
})

describe("perturb: 'random'", () => {
  test('a random coupon code', () => {
    expect(() =>
      expect(issueCoupon).toBeIdempotent({ args: ['A-1'], perturb: ['random'] }),
    ).toThrow(
      /The output depends on 'random'[^]*Site: node:crypto randomUUID at src\/coupons\.ts:\d+:\d+/,
    )
  })
  test('the fixed code comes from the order', () => {
    expect(issueCouponFixed).toBeIdempotent({ args: ['A-1', () => {}], perturb: ['random'] })
  })
})

describe("perturb: 'locale'", () => {
  test("a price in the server's locale", () => {
    expect(() =>
      expect(priceLabel).toBeIdempotent({ args: [123450], perturb: ['locale'] }),
    ).toThrow(
      /The output depends on 'locale'[^]*Site: Number\.prototype\.toLocaleString at src\/labels\.ts:\d+:\d+/,
    )
  })
  test('the fixed label names its locale', () => {
    expect(priceLabelFixed).toBeIdempotent({ args: [123450], perturb: ['locale'] })
  })
})

describe("perturb: 'timezone'", () => {
  const placedAt = ['2024-03-05T09:15:00Z', '2024-03-05T09:40:00Z', '2024-03-05T17:05:00Z']
  test("order hours in the server's time zone", () => {
    expect(() =>
      expect(ordersPerHour).toBeIdempotent({ args: [placedAt], perturb: ['timezone'] }),
    ).toThrow(
      /The output depends on 'timezone'[^]*Site: Date\.prototype\.getHours at src\/busyHours\.ts:\d+:\d+/,
    )
  })
  test("the fixed report names the shop's zone", () => {
    expect(ordersPerHourFixed).toBeIdempotent({ args: [placedAt], perturb: ['timezone'] })
  })
})

describe("perturb: 'async'", () => {
  const api: PriceApi = { price: async (sku) => ({ sku, cents: sku.length * 100 }) }
  const skus = ['MUG-01', 'TEA-07', 'PEN-3']
  test('cart lines in the order the lookups complete', async () => {
    await expect(
      expect(priceCart).toBeIdempotent({ args: [skus, api], perturb: ['async'] }),
    ).rejects.toThrow(/The output depends on 'async'[^]*differ only in order at \$/)
  })
  test('the fixed cart keeps the order asked for', async () => {
    await expect(priceCartFixed).toBeIdempotent({ args: [skus, api], perturb: ['async'] })
  })
})

describe("perturb: 'order'", () => {
  const bundle = { 'TEA-07': { cents: 450 }, 'MUG-01': { cents: 900 }, 'PEN-03': { cents: 120 } }
  test('the first key added wins', () => {
    expect(() => expect(headline).toBeIdempotent({ args: [bundle], perturb: ['order'] })).toThrow(
      /The output depends on 'order'/,
    )
  })
  test('the fixed headline is chosen by price', () => {
    expect(headlineFixed).toBeIdempotent({ args: [bundle], perturb: ['order'] })
  })
})
