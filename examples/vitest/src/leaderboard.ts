export interface Score {
  player: string
  points: number
}

/**
 * BUG: the comparator never returns 0, so players with equal points come out in whatever order
 * the engine's sort algorithm leaves them.
 */
export function leaderboard(scores: readonly Score[]): string[] {
  return [...scores].sort((a, b) => (a.points < b.points ? 1 : -1)).map((s) => s.player)
}

/** The fixed leaderboard: most points first, ties by name. */
export function leaderboardFixed(scores: readonly Score[]): string[] {
  return [...scores]
    .sort((a, b) => b.points - a.points || (a.player < b.player ? -1 : a.player > b.player ? 1 : 0))
    .map((s) => s.player)
}
