import { findDifference, stableStringify } from 'expect-deterministic'
import { describe, expect, test } from 'vitest'
import { catalog, type Product } from '../src/catalog.js'
import { listProducts } from '../src/handler.js'

// The API promises neither the order of the items nor the order of their tags.
const unordered = ['$.body.items', '$.body.items[*].tags']

const reversed = new Map<string, Product>(
  [...catalog]
    .reverse()
    .map(([sku, product]) => [sku, { ...product, tags: new Set([...product.tags].reverse()) }]),
)

describe('GET /products', () => {
  // The goldens live in test/__golden__/handler.test.ts/ as sorted JSON, so they only change when
  // the data does. After an intended change: `npx vitest run -u`, then review the diff.
  test.each([
    ['insertion order', catalog],
    ['reversed order', reversed],
  ])('the body matches its golden file (%s)', (_, products) => {
    expect(listProducts(products, { tag: 'gift' })).toMatchGoldenSorted('gift', { unordered })
  })

  test('a changed price changes the golden text at one path', () => {
    const cheaper = new Map(catalog)
    cheaper.set('MUG-01', { ...catalog.get('MUG-01')!, priceCents: 999 })
    // What toMatchGoldenSorted compares: the canonical text of each body. A real mismatch would
    // fail this test (and count as a failed snapshot), so the example shows it with the core
    // functions; change a price in src/catalog.ts and run the tests to see the golden fail.
    const golden = stableStringify(listProducts(catalog, { tag: 'gift' }), { unordered })
    const changed = stableStringify(listProducts(cheaper, { tag: 'gift' }), { unordered })
    expect(changed).not.toBe(golden)
    expect(findDifference(JSON.parse(golden), JSON.parse(changed))).toMatchObject({
      path: '$.body.items[2].price.amount',
    })
  })
})
