export interface Line {
  sku: string
  cents: number
  qty: number
}

const total = (lines: readonly Line[]) =>
  lines.reduce((sum, line) => sum + line.cents * line.qty, 0)

/** BUG: stamps the receipt with today's date, so the same order prints a different receipt tomorrow. */
export function receipt(lines: readonly Line[]) {
  return { total: total(lines), issued: new Date().toISOString().slice(0, 10) }
}

/**
 * The fixed receipt: the issue date is an argument, and the time it took to build only goes to
 * the metrics, never into the receipt.
 */
export function receiptFixed(
  lines: readonly Line[],
  issued: string,
  metrics: { record(ms: number): void },
) {
  const started = performance.now()
  const built = { total: total(lines), issued }
  metrics.record(performance.now() - started)
  return built
}
