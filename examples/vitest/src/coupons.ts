import { createHash, randomUUID } from 'node:crypto'

/** BUG: a fresh random code on every call, so a retried request hands out a second coupon. */
export function issueCoupon(orderId: string) {
  return { orderId, code: randomUUID().slice(0, 8).toUpperCase() }
}

/** The fixed coupon: the code comes from the order; the random request id only goes to the log. */
export function issueCouponFixed(orderId: string, log: (line: string) => void) {
  log(`coupon request ${randomUUID()}`)
  const code = createHash('sha256').update(orderId).digest('hex').slice(0, 8).toUpperCase()
  return { orderId, code }
}
