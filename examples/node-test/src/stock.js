// Stock levels of a small warehouse API. The bugs below are the kind that pass every test run
// by run until data arrives in another order.

/** Rows as a database returns them without ORDER BY: any order is correct. */
export async function findLocations(sku) {
  const rows = [
    { sku: 'MUG-01', bin: 'B-12', qty: 4 },
    { sku: 'MUG-01', bin: 'A-03', qty: 9 },
    { sku: 'TEA-07', bin: 'C-01', qty: 2 },
  ]
  return rows.filter((row) => row.sku === sku).reverse()
}

/**
 * The bin to pick from: the fullest one. Ties go to whichever bin the object lists first, so
 * the answer depends on the order the bins were inserted, which nobody promised.
 */
export function pickBin(levels) {
  return Object.entries(levels).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

/** The same, with ties broken by bin name: the same answer whatever the order. */
export function pickBinFixed(levels) {
  const sorted = Object.entries(levels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted.reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
}

/** GET /stock/:sku: the status and JSON body the API returns. */
export async function getStock(sku) {
  const locations = await findLocations(sku)
  return {
    status: 200,
    body: {
      sku,
      total: locations.reduce((sum, row) => sum + row.qty, 0),
      bins: locations.map((row) => row.bin),
    },
  }
}
