/** BUG: the hour of each order in the server's time zone: the report shifts when the server moves. */
export function ordersPerHour(placedAt: readonly string[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const at of placedAt) {
    const hour = new Date(at).getHours()
    counts[hour] = (counts[hour] ?? 0) + 1
  }
  return counts
}

/** The fixed report: hours in the shop's own time zone, named. */
export function ordersPerHourFixed(placedAt: readonly string[]): Record<number, number> {
  const hourInDublin = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Dublin',
    hour: 'numeric',
    hourCycle: 'h23',
  })
  const counts: Record<number, number> = {}
  for (const at of placedAt) {
    const hour = Number(hourInDublin.format(new Date(at)))
    counts[hour] = (counts[hour] ?? 0) + 1
  }
  return counts
}
