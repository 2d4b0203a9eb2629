/**
 * Builds an invoice from cart lines. BUG: lines for the same SKU are merged into a Map and the
 * invoice lists them in Map order, i.e. in the order the lines happened to arrive.
 */
function buildInvoice(cart) {
  const lines = new Map()
  for (const line of cart.lines) {
    const merged = lines.get(line.sku) ?? { sku: line.sku, quantity: 0, cents: 0 }
    merged.quantity += line.quantity
    merged.cents += line.quantity * line.unitCents
    lines.set(line.sku, merged)
  }
  const rows = [...lines.values()]
  return {
    customer: cart.customer,
    rows,
    totalCents: rows.reduce((sum, row) => sum + row.cents, 0),
  }
}

/** The fixed invoice: rows sorted by SKU, so the arrival order of the lines no longer matters. */
function buildInvoiceFixed(cart) {
  const invoice = buildInvoice(cart)
  return {
    ...invoice,
    rows: [...invoice.rows].sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0)),
  }
}

module.exports = { buildInvoice, buildInvoiceFixed }
