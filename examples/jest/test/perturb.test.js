const path = require('node:path')
const shop = require('../src/shop')

// Each pair: the buggy function fails, naming what its output depends on and the line that reads
// it; the fixed twin passes the same perturbation.
const guides = path.join(__dirname, '..', 'guides')
const site = (api) =>
  new RegExp(`Site: ${api.replace(/[.()]/g, '\\$&')} at src/shop\\.js:\\d+:\\d+`)

describe("perturb: 'readdir'", () => {
  test('the table of contents follows the file system', () => {
    const check = () =>
      expect(shop.tableOfContents).toBeIdempotent({ args: [guides], perturb: ['readdir'] })
    expect(check).toThrow(/The output depends on 'readdir'/)
    expect(check).toThrow(site('fs.readdirSync'))
  })
  test('the fixed table of contents is sorted', () => {
    expect(shop.tableOfContentsFixed).toBeIdempotent({ args: [guides], perturb: ['readdir'] })
  })
})

describe("perturb: 'sort'", () => {
  const scores = [
    { player: 'ada', points: 10 },
    { player: 'bob', points: 30 },
    { player: 'cy', points: 20 },
  ]
  test('a comparator that returns a boolean', () => {
    const check = () =>
      expect(shop.leaderboard).toBeIdempotent({ args: [scores], perturb: ['sort'] })
    expect(check).toThrow(/The output depends on 'sort'/)
    expect(check).toThrow(site('Array.prototype.sort'))
  })
  test('the fixed comparator returns a number', () => {
    expect(shop.leaderboardFixed).toBeIdempotent({ args: [scores], perturb: ['sort'] })
  })
})

describe("perturb: 'clock'", () => {
  const lines = [{ sku: 'MUG-01', cents: 900, qty: 2 }]
  test("today's date on the receipt", () => {
    const check = () => expect(shop.receipt).toBeIdempotent({ args: [lines], perturb: ['clock'] })
    expect(check).toThrow(/The output depends on 'clock'/)
    expect(check).toThrow(site('new Date()'))
  })
  test('the fixed receipt takes its date and only measures durations', () => {
    expect(shop.receiptFixed).toBeIdempotent({
      args: [lines, '2024-03-05', { record() {} }],
      perturb: ['clock'],
    })
  })
})

describe("perturb: 'random'", () => {
  test('a random coupon code', () => {
    const check = () =>
      expect(shop.issueCoupon).toBeIdempotent({ args: ['A-1'], perturb: ['random'] })
    expect(check).toThrow(/The output depends on 'random'/)
    expect(check).toThrow(site('node:crypto randomUUID'))
  })
  test('the fixed code comes from the order', () => {
    expect(shop.issueCouponFixed).toBeIdempotent({ args: ['A-1', () => {}], perturb: ['random'] })
  })
})

describe("perturb: 'locale'", () => {
  test("a price in the server's locale", () => {
    const check = () =>
      expect(shop.priceLabel).toBeIdempotent({ args: [123450], perturb: ['locale'] })
    expect(check).toThrow(/The output depends on 'locale'/)
    expect(check).toThrow(site('Number.prototype.toLocaleString'))
  })
  test('the fixed label names its locale', () => {
    expect(shop.priceLabelFixed).toBeIdempotent({ args: [123450], perturb: ['locale'] })
  })
})

describe("perturb: 'timezone'", () => {
  const placedAt = ['2024-03-05T09:15:00Z', '2024-03-05T23:40:00Z', '2024-03-06T00:05:00Z']
  test("order days in the server's time zone", () => {
    const check = () =>
      expect(shop.ordersPerDay).toBeIdempotent({ args: [placedAt], perturb: ['timezone'] })
    expect(check).toThrow(/The output depends on 'timezone'/)
    expect(check).toThrow(site('Date.prototype.getDate'))
  })
  test("the fixed report names the shop's zone", () => {
    expect(shop.ordersPerDayFixed).toBeIdempotent({ args: [placedAt], perturb: ['timezone'] })
  })
})

describe("perturb: 'async'", () => {
  const api = { price: async (sku) => ({ sku, cents: sku.length * 100 }) }
  const skus = ['MUG-01', 'TEA-07', 'PEN-3']
  test('cart lines in the order the lookups complete', async () => {
    await expect(
      expect(shop.priceCart).toBeIdempotent({ args: [skus, api], perturb: ['async'] }),
    ).rejects.toThrow(/The output depends on 'async'[\s\S]*differ only in order at \$/)
  })
  test('the fixed cart keeps the order asked for', async () => {
    await expect(shop.priceCartFixed).toBeIdempotent({ args: [skus, api], perturb: ['async'] })
  })
})

describe("perturb: 'order'", () => {
  const bundle = { 'TEA-07': { cents: 450 }, 'MUG-01': { cents: 900 }, 'PEN-03': { cents: 120 } }
  test('the first key added wins', () => {
    expect(() =>
      expect(shop.headline).toBeIdempotent({ args: [bundle], perturb: ['order'] }),
    ).toThrow(/The output depends on 'order'/)
  })
  test('the fixed headline is chosen by price', () => {
    expect(shop.headlineFixed).toBeIdempotent({ args: [bundle], perturb: ['order'] })
  })
})
