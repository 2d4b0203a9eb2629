export interface PriceApi {
  price(sku: string): Promise<{ sku: string; cents: number }>
}

/** BUG: lines are pushed as the price lookups complete, so the cart follows network latency. */
export async function priceCart(skus: readonly string[], api: PriceApi) {
  const lines: { sku: string; cents: number }[] = []
  await Promise.all(skus.map(async (sku) => lines.push(await api.price(sku))))
  return lines
}

/** The fixed cart: Promise.all returns the prices in the order they were asked for. */
export function priceCartFixed(skus: readonly string[], api: PriceApi) {
  return Promise.all(skus.map((sku) => api.price(sku)))
}
