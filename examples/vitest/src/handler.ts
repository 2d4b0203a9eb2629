import type { Product } from './catalog.js'

/** GET /products?tag=gift: the status and JSON body the API returns. */
export function listProducts(products: Map<string, Product>, query: { tag?: string }) {
  // Items follow the Map's insertion order and tags the Set's: neither is part of the API's
  // contract, which is why the golden below compares them as unordered.
  const items = [...products.values()]
    .filter((product) => query.tag === undefined || product.tags.has(query.tag))
    .map((product) => ({
      sku: product.sku,
      name: product.name,
      price: { amount: product.priceCents / 100, currency: 'EUR' },
      tags: [...product.tags],
    }))
  return {
    status: 200,
    body: JSON.parse(JSON.stringify({ count: items.length, items })) as unknown,
  }
}
