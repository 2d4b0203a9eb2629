import { describe, expect, test, vi } from 'vitest'
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

  test('a changed price fails against the golden, naming the path', () => {
    const cheaper = new Map(catalog)
    cheaper.set('MUG-01', { ...catalog.get('MUG-01')!, priceCents: 999 })
    // No pending `.new` file for this deliberate mismatch.
    vi.stubEnv('EXPECT_DETERMINISTIC_PENDING', 'never')
    expect(() =>
      expect(listProducts(cheaper, { tag: 'gift' })).toMatchGoldenSorted('gift', { unordered }),
    ).toThrow(/amount/)
    vi.unstubAllEnvs()
  })
})
