const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A pricing service: each lookup takes a little while, like a network call. */
async function fetchPrice(sku) {
  await delay(sku.length % 3)
  return { sku, cents: sku.charCodeAt(0) * 10 }
}

/**
 * BUG: a module-level cache that is cleared at the start of every request. One request at a
 * time, this works; two requests at once clear and fill each other's cache.
 */
let cache = []
async function quote(skus) {
  cache = []
  await Promise.all(skus.map(async (sku) => cache.push(await fetchPrice(sku))))
  return cache.slice()
}

/** The fixed quote: each call keeps its own results, in the order asked for. */
function quoteFixed(skus) {
  return Promise.all(skus.map(fetchPrice))
}

module.exports = { quote, quoteFixed }
