// An order service. Its bugs pass every run until the data arrives in another order.

export interface Line {
  sku: string
  qty: number
}

/** Lines as a database returns them without ORDER BY: any order is correct. */
export function linesOf(orderId: number): Line[] {
  const lines: Line[] = [
    { sku: 'TEA-07', qty: 2 },
    { sku: 'MUG-01', qty: 1 },
    { sku: 'PEN-03', qty: 5 },
  ]
  return orderId % 2 === 0 ? lines.reverse() : lines
}

/**
 * BUG: the packing slip lists SKUs grouped by warehouse in whatever order the Map was filled,
 * so the same order prints differently depending on the order its lines arrived in.
 */
export function packingSlip(lines: Map<string, number>): string {
  return [...lines].map(([sku, qty]) => `${qty} x ${sku}`).join('\n')
}

/** The fix: sorted by SKU, the same slip whatever the order. */
export function packingSlipFixed(lines: Map<string, number>): string {
  return [...lines]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sku, qty]) => `${qty} x ${sku}`)
    .join('\n')
}

/** GET /orders/:id: the status and JSON body the API returns. */
export function getOrder(orderId: number) {
  const lines = linesOf(orderId)
  return {
    status: 200,
    body: { id: orderId, items: lines.length, lines },
  }
}
