import type { Edit } from './editScript'
import { lineEditScript } from './lineEditScript'

/**
 * Options of `diffLines`.
 * @internal
 */
export interface LineDiffOptions {
  /** The names of the two sides, printed first as `- <removed>` and `+ <added>`. */
  readonly labels?: { readonly removed: string; readonly added: string }
  /** Unchanged lines shown around each change (default 3). */
  readonly context?: number
  /** The most changed lines printed; the rest are counted, not shown (default 200). */
  readonly maxChangedLines?: number
  /** Colours for removed lines, added lines and hunk headers; none by default. */
  readonly colors?: {
    readonly removed: (text: string) => string
    readonly added: (text: string) => string
    readonly hunk: (text: string) => string
  }
}

/**
 * A line diff as `diffLines` returns it.
 * @internal
 */
export interface LineDiff {
  /** The diff in unified form (`- ` removed, `+ ` added, two spaces for context); '' when equal. */
  readonly text: string
  /** Lines only in the old text. */
  readonly removed: number
  /** Lines only in the new text. */
  readonly added: number
  /** Whether changed lines were left out to keep the message readable. */
  readonly cut: boolean
}

const plain = (text: string): string => text

/**
 * A readable line diff of two texts in the layout of the runners' own diffs: the labels, then
 * hunks (`@@ -2,7 +2,7 @@`) of changed lines with a little context. Built in about linear time
 * whatever the texts (see `editScript`), and cut after `maxChangedLines` changed lines with a
 * count of the rest, so a golden file where most of 100,000 lines changed still gives a short
 * message quickly. Deterministic: it depends on the texts only.
 *
 * @example diffLines('a\nb\nc', 'a\nB\nc').text // '- Expected\n+ Received\n\n@@ -1,3 +1,3 @@\n  a\n- b\n+ B\n  c'
 * @internal
 */
export function diffLines(before: string, after: string, options: LineDiffOptions = {}): LineDiff {
  if (before === after) return { text: '', removed: 0, added: 0, cut: false }
  const a = before.split('\n')
  const b = after.split('\n')
  const script = lineEditScript(a, b)
  const context = options.context ?? 3
  const colors = options.colors ?? { removed: plain, added: plain, hunk: plain }
  const labels = options.labels ?? { removed: 'Expected', added: 'Received' }
  const lines = [colors.removed(`- ${labels.removed}`), colors.added(`+ ${labels.added}`), '']
  const budget = { left: options.maxChangedLines ?? 200, printed: 0 }
  let removed = 0
  let added = 0
  for (const edit of script) {
    if (edit === 'remove') removed++
    else if (edit === 'add') added++
  }
  for (const hunk of hunksOf(script, context)) {
    if (budget.printed >= budget.left) break
    printHunk(hunk, script, a, b, colors, budget, lines)
  }
  const cut = budget.printed < removed + added
  if (cut) {
    const rest = removed + added - budget.printed
    lines.push(
      `… ${rest} more changed lines not shown (${removed} removed and ${added} added in all)`,
    )
  }
  return { text: lines.join('\n'), removed, added, cut }
}

/** A run of the edit script to print: edits `[start, end)`, starting at these line numbers. */
interface Hunk {
  readonly start: number
  readonly end: number
  readonly lineA: number
  readonly lineB: number
}

/** Groups changes with `context` unchanged lines around them; close groups merge. */
function hunksOf(script: readonly Edit[], context: number): Hunk[] {
  const hunks: Hunk[] = []
  let lineA = 0
  let lineB = 0
  let open: { start: number; lineA: number; lineB: number; lastChange: number } | undefined
  const close = (): void => {
    if (open === undefined) return
    const end = Math.min(script.length, open.lastChange + 1 + context)
    hunks.push({ start: open.start, end, lineA: open.lineA, lineB: open.lineB })
    open = undefined
  }
  // Line numbers (from 0) of each edit's lines, to start hunks at the right place.
  const startA: number[] = []
  const startB: number[] = []
  for (let i = 0; i < script.length; i++) {
    startA.push(lineA)
    startB.push(lineB)
    const edit = script[i] as Edit
    if (edit !== 'add') lineA++
    if (edit !== 'remove') lineB++
    if (edit === 'keep') continue
    if (open !== undefined && i - open.lastChange > 2 * context) close()
    if (open === undefined) {
      const start = Math.max(0, i - context)
      open = {
        start,
        lineA: startA[start] as number,
        lineB: startB[start] as number,
        lastChange: i,
      }
    }
    open.lastChange = i
  }
  close()
  return hunks
}

function printHunk(
  hunk: Hunk,
  script: readonly Edit[],
  a: readonly string[],
  b: readonly string[],
  colors: NonNullable<LineDiffOptions['colors']>,
  budget: { readonly left: number; printed: number },
  lines: string[],
): void {
  let countA = 0
  let countB = 0
  for (let i = hunk.start; i < hunk.end; i++) {
    if (script[i] !== 'add') countA++
    if (script[i] !== 'remove') countB++
  }
  lines.push(colors.hunk(`@@ -${hunk.lineA + 1},${countA} +${hunk.lineB + 1},${countB} @@`))
  let x = hunk.lineA
  let y = hunk.lineB
  for (let i = hunk.start; i < hunk.end; i++) {
    const edit = script[i] as Edit
    if (edit === 'keep') {
      lines.push(`  ${a[x++] as string}`)
      y++
      continue
    }
    // A cut hunk ends at the last change shown; the summary line says what follows.
    if (budget.printed >= budget.left) return
    budget.printed++
    lines.push(
      edit === 'remove'
        ? colors.removed(`- ${a[x++] as string}`)
        : colors.added(`+ ${b[y++] as string}`),
    )
  }
}
