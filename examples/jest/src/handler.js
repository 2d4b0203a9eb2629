/** GET /customers/:id/summary: the JSON body the API returns. */
function customerSummary(customer, orders) {
  // `Object.assign` of per-order objects: the key order of `spentBySku` follows the orders.
  const spentBySku = {}
  for (const order of orders) {
    for (const sku of order.skus) spentBySku[sku] = (spentBySku[sku] ?? 0) + 1
  }
  return {
    id: customer.id,
    name: customer.name,
    orders: orders.map((order) => order.orderId),
    spentBySku,
  }
}

module.exports = { customerSummary }
