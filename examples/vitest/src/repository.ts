/** An order line as the database returns it. */
export interface OrderRow {
  orderId: number
  customer: string
  skus: string[]
}

// Stands in for a table read without ORDER BY: rows come back in the order of a hash of their
// key, which has nothing to do with the order they were written in.
function bucketOf(key: number | string): number {
  const n =
    typeof key === 'number' ? key : [...key].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7)
  return (n * 2654435761) % 97
}

/** All orders of one customer, in whatever order the storage engine yields them. */
export function findOrdersByCustomer(rows: readonly OrderRow[], customer: string): OrderRow[] {
  return rows
    .filter((row) => row.customer === customer)
    .map((row) => ({ ...row, skus: [...row.skus].sort((a, b) => bucketOf(a) - bucketOf(b)) }))
    .sort((a, b) => bucketOf(a.orderId) - bucketOf(b.orderId))
}
