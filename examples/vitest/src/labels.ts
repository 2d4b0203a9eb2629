/** BUG: formats in the server's locale: "1,234.50" on one machine, "1.234,50" on another. */
export function priceLabel(cents: number): string {
  return `€${(cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2 })}`
}

/** The fixed label: the shop's locale is named. */
export function priceLabelFixed(cents: number): string {
  return `€${(cents / 100).toLocaleString('en-IE', { minimumFractionDigits: 2 })}`
}
