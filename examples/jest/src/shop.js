// Small pieces of a shop back end, each with a bug that only shows on another machine, at another
// time or under other timing, and its fixed twin. test/perturb.test.js catches each bug.
const fs = require('node:fs')
const crypto = require('node:crypto')

const title = (file) => file.replace(/\.md$/, '')

/** BUG: the help centre's table of contents in whatever order the file system lists it. */
function tableOfContents(dir) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map(title)
}

/** The fixed table of contents: sorted by name. */
function tableOfContentsFixed(dir) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map(title)
}

/** BUG: the comparator returns a boolean; Array#sort wants a number, so the order is the engine's. */
function leaderboard(scores) {
  return [...scores].sort((a, b) => b.points > a.points).map((s) => s.player)
}

/** The fixed leaderboard: most points first, ties by name. */
function leaderboardFixed(scores) {
  return [...scores]
    .sort((a, b) => b.points - a.points || (a.player < b.player ? -1 : a.player > b.player ? 1 : 0))
    .map((s) => s.player)
}

const total = (lines) => lines.reduce((sum, line) => sum + line.cents * line.qty, 0)

/** BUG: stamps the receipt with today's date. */
function receipt(lines) {
  return { total: total(lines), issued: new Date().toISOString().slice(0, 10) }
}

/** The fixed receipt: the date is an argument; the time it took only goes to the metrics. */
function receiptFixed(lines, issued, metrics) {
  const started = performance.now()
  const built = { total: total(lines), issued }
  metrics.record(performance.now() - started)
  return built
}

/** BUG: a fresh random coupon code on every call. */
function issueCoupon(orderId) {
  return { orderId, code: crypto.randomUUID().slice(0, 8).toUpperCase() }
}

/** The fixed coupon: the code comes from the order; the random request id only goes to the log. */
function issueCouponFixed(orderId, log) {
  log(`coupon request ${crypto.randomUUID()}`)
  const code = crypto.createHash('sha256').update(orderId).digest('hex').slice(0, 8).toUpperCase()
  return { orderId, code }
}

/** BUG: a price in the server's locale. */
function priceLabel(cents) {
  return `€${(cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2 })}`
}

/** The fixed label: the shop's locale is named. */
function priceLabelFixed(cents) {
  return `€${(cents / 100).toLocaleString('en-IE', { minimumFractionDigits: 2 })}`
}

/** BUG: the day of each order in the server's time zone. */
function ordersPerDay(placedAt) {
  const counts = {}
  for (const at of placedAt) {
    const day = new Date(at).getDate()
    counts[day] = (counts[day] ?? 0) + 1
  }
  return counts
}

/** The fixed report: days in the shop's own time zone, named. */
function ordersPerDayFixed(placedAt) {
  const dayInDublin = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Dublin',
    day: 'numeric',
  })
  const counts = {}
  for (const at of placedAt) {
    const day = Number(dayInDublin.format(new Date(at)))
    counts[day] = (counts[day] ?? 0) + 1
  }
  return counts
}

/** BUG: cart lines pushed as the price lookups complete. */
async function priceCart(skus, api) {
  const lines = []
  await Promise.all(skus.map(async (sku) => lines.push(await api.price(sku))))
  return lines
}

/** The fixed cart: Promise.all keeps the order asked for. */
function priceCartFixed(skus, api) {
  return Promise.all(skus.map((sku) => api.price(sku)))
}

/** BUG: the first key added to the bundle is its headline. */
function headline(products) {
  return Object.keys(products)[0]
}

/** The fixed headline: the most expensive product, ties by SKU. */
function headlineFixed(products) {
  return Object.entries(products).sort(
    ([a, x], [b, y]) => y.cents - x.cents || (a < b ? -1 : a > b ? 1 : 0),
  )[0]?.[0]
}

module.exports = {
  tableOfContents,
  tableOfContentsFixed,
  leaderboard,
  leaderboardFixed,
  receipt,
  receiptFixed,
  issueCoupon,
  issueCouponFixed,
  priceLabel,
  priceLabelFixed,
  ordersPerDay,
  ordersPerDayFixed,
  priceCart,
  priceCartFixed,
  headline,
  headlineFixed,
}
