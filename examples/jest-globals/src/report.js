/**
 * The weekly sales report from a map of totals per category. BUG: on a tie the top category is
 * whichever entry the Map yields first, i.e. the order the database returned the groups in.
 */
export function weeklyReport(totals) {
  let top
  for (const [category, amount] of totals)
    if (top === undefined || amount > totals.get(top)) top = category
  const categories = new Set(totals.keys())
  return { top, categories, total: [...totals.values()].reduce((sum, amount) => sum + amount, 0) }
}

/** The fixed report: ties go to the first category by name. */
export function weeklyReportFixed(totals) {
  const best = Math.max(...totals.values())
  const top = [...totals.keys()].filter((category) => totals.get(category) === best).sort()[0]
  return { ...weeklyReport(totals), top }
}
