const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A warehouse client: each lookup takes a little while, like a network call. */
export async function fetchStock(sku: string): Promise<{ sku: string; units: number }> {
  await delay(sku.length % 3)
  return { sku, units: sku.charCodeAt(0) % 10 }
}

/**
 * BUG: the results are collected in a field shared by every call. One request at a time, this
 * works; two requests at once reset and fill each other's list.
 */
export class StockService {
  private collected: { sku: string; units: number }[] = []

  async levels(skus: readonly string[]) {
    this.collected = []
    await Promise.all(skus.map(async (sku) => this.collected.push(await fetchStock(sku))))
    return [...this.collected]
  }
}

/** The fixed service: each call keeps its own results. */
export class StockServiceFixed {
  async levels(skus: readonly string[]) {
    return Promise.all(skus.map((sku) => fetchStock(sku)))
  }
}
