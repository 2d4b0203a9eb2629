// A currency exchange service. Its bugs pass one call at a time and appear when calls overlap
// or data arrives in another order.

const RATES = { EUR: 1, USD: 1.08, GBP: 0.85 }
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** One rate lookup takes a little while, like a network call. */
async function fetchRate(code) {
  await delay(code.charCodeAt(0) % 3)
  return { code, rate: RATES[code] }
}

/**
 * BUG: the batch of a request lives in one module-level array, cleared at the start of every
 * request. One request at a time this works; overlapping requests fill each other's batch.
 */
let batch = []
async function quote(currencies) {
  batch = []
  await Promise.all(currencies.map(async (code) => batch.push(await fetchRate(code))))
  return batch.slice()
}

/** The fix: each request keeps its own results, in the order asked for. */
function quoteFixed(currencies) {
  return Promise.all(currencies.map(fetchRate))
}

/** Currencies a bank supports, as a Set: the API turns it into an array in insertion order. */
function supported(bank) {
  return { bank: bank.name, currencies: [...bank.currencies] }
}

module.exports = { quote, quoteFixed, supported }
