/** Sales totals per category, e.g. the result of a GROUP BY turned into an object. */
export type Totals = Record<string, number>

/**
 * The weekly report. BUG: on a tie the "top category" is whichever category was inserted first,
 * so the report changes when the database returns the groups in another order.
 */
export function buildReport(totals: Totals) {
  let top: string | undefined
  for (const [category, amount] of Object.entries(totals)) {
    if (top === undefined || amount > (totals[top] ?? 0)) top = category
  }
  return { top, total: Object.values(totals).reduce((sum, amount) => sum + amount, 0) }
}

/** The fixed report: ties are broken by name, so the input order no longer matters. */
export function buildReportFixed(totals: Totals) {
  let top: string | undefined
  for (const [category, amount] of Object.entries(totals)) {
    const best = top === undefined ? -Infinity : (totals[top] ?? 0)
    if (top === undefined || amount > best || (amount === best && category < top)) top = category
  }
  return { top, total: Object.values(totals).reduce((sum, amount) => sum + amount, 0) }
}
