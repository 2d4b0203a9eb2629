/**
 * BUG: picks the bundle's headline product as the first key of the object, so the headline depends
 * on the order the products were added to the bundle.
 */
export function headline(products: Record<string, { cents: number }>): string | undefined {
  return Object.keys(products)[0]
}

/** The fixed headline: the most expensive product, ties by SKU. */
export function headlineFixed(products: Record<string, { cents: number }>): string | undefined {
  return Object.entries(products).sort(
    ([a, x], [b, y]) => y.cents - x.cents || (a < b ? -1 : a > b ? 1 : 0),
  )[0]?.[0]
}
