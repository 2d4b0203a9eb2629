/** A product as stored: tags in a Set, because a product has each tag once. */
export interface Product {
  sku: string
  name: string
  priceCents: number
  tags: Set<string>
}

/** The in-memory catalog, keyed by SKU. Insertion order is whatever order products were added. */
export const catalog = new Map<string, Product>([
  ['MUG-01', { sku: 'MUG-01', name: 'Mug', priceCents: 1200, tags: new Set(['kitchen', 'gift']) }],
  [
    'TEA-07',
    { sku: 'TEA-07', name: 'Green tea', priceCents: 650, tags: new Set(['food', 'gift']) },
  ],
  [
    'PEN-03',
    { sku: 'PEN-03', name: 'Fountain pen', priceCents: 4500, tags: new Set(['office', 'gift']) },
  ],
])
