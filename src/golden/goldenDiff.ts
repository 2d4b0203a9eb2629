import { firstLines } from '../core/text/firstLines'
import { diffLines, type LineDiffOptions } from '../core/text/diffLines'

/** Changed regions up to this many lines (both sides together) are aligned line by line, whole. @internal */
export const FULL_DIFF_LINES = 20_000

const FIRST_WINDOW = 4_000
const CHUNK = 1 << 16
const MAX_CHANGED = 200

const plain = (text: string): string => text

/**
 * The line diff of a golden failure message, in `diffLines`' layout, built in time that stays a
 * small part of the serialisation however large the texts are:
 *
 * - the lines both texts share at the start and at the end are found by comparing long slices
 *   (native string comparison), and only what lies between, with its context, is aligned; hunk
 *   headers keep the line numbers of the whole texts;
 * - a changed region of up to `FULL_DIFF_LINES` lines is aligned whole (`diffLines`), so the count
 *   of the lines not shown covers everything;
 * - a larger one is aligned from its start, in windows four times larger each time, until 200
 *   changed lines are found: the message shows those and says how long each text is, since counting
 *   every changed line of millions would cost more than the assertion itself.
 *
 * @example goldenDiff('a\nb\nc', 'a\nB\nc').text // '- Expected\n+ Received\n\n@@ -1,3 +1,3 @@\n  a\n- b\n+ B\n  c'
 * @internal
 */
export function goldenDiff(
  before: string,
  after: string,
  options: LineDiffOptions = {},
): { readonly text: string; readonly cut: boolean } {
  if (before === after) return { text: '', cut: false }
  const context = options.context ?? 3
  const hunk = options.colors?.hunk ?? plain
  // The texts agree before `start` and after `endA`/`endB` (the same number of characters from
  // each end), both cut at line breaks, with `context` unchanged lines kept inside.
  const prefix = commonPrefix(before, after)
  const start = lineStartBefore(before, prefix, context)
  const tail = suffixCut(before, before.length - commonSuffix(before, after, prefix), context)
  const endA = before.length - tail
  const endB = after.length - tail
  const offset = countLines(before, 0, start)
  const middleA = before.slice(start, endA)
  const middleB = after.slice(start, endB)
  const colors = options.colors === undefined ? undefined : { ...options.colors, hunk: plain }
  const budget = options.maxChangedLines ?? MAX_CHANGED
  const inner: LineDiffOptions = { ...options, colors, maxChangedLines: budget }
  if (
    countLines(middleA, 0, middleA.length) + countLines(middleB, 0, middleB.length) <=
    FULL_DIFF_LINES
  ) {
    const diff = diffLines(middleA, middleB, inner)
    return { text: shiftHunks(diff.text, offset, hunk), cut: diff.cut }
  }
  for (let window = FIRST_WINDOW; ; window *= 4) {
    const partA = firstLines(middleA, window)
    const partB = firstLines(middleB, window)
    const whole = partA.length === middleA.length && partB.length === middleB.length
    const diff = diffLines(partA, partB, inner)
    if (whole) return { text: shiftHunks(diff.text, offset, hunk), cut: diff.cut }
    if (diff.cut) {
      // The count diffLines ends with covers the window only: say what is known instead.
      const shown = diff.text.slice(0, diff.text.lastIndexOf('\n'))
      const lines = (text: string) => countLines(text, 0, text.length) + 1
      return {
        text:
          `${shiftHunks(shown, offset, hunk)}\n` +
          `… the diff stops after ${budget} changed lines; the golden has ${lines(before)} lines, the received text ${lines(after)}`,
        cut: true,
      }
    }
  }
}

/**
 * Length of the common prefix of two texts, found slice by slice (native comparison) and then
 * character by character.
 * @example commonPrefix('abcx', 'abcy') // 3
 * @internal
 */
export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let i = 0
  while (i + CHUNK <= limit && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** Length of the common suffix, not reaching into the common prefix of length `prefix`. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix
  let i = 0
  while (
    i + CHUNK <= limit &&
    a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)
  )
    i += CHUNK
  while (i < limit && a.charCodeAt(a.length - i - 1) === b.charCodeAt(b.length - i - 1)) i++
  return i
}

/** Where the line holding `index` starts, moved back by `lines` more lines (never before 0). */
function lineStartBefore(text: string, index: number, lines: number): number {
  let start = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1
  for (let i = 0; i < lines && start > 0; i++)
    start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1
  return start
}

/**
 * How many characters at the end of `text` to leave out of the diff: from the line break that
 * follows `from` (where the common suffix begins), moved on by `lines` more lines; 0 when the
 * text ends first.
 */
function suffixCut(text: string, from: number, lines: number): number {
  let cut = text.indexOf('\n', from)
  for (let i = 0; i < lines && cut !== -1; i++) cut = text.indexOf('\n', cut + 1)
  return cut === -1 ? 0 : text.length - cut
}

/**
 * The line breaks in `text` from `from` to `to`.
 * @example countLines('a\nb\nc', 0, 5) // 2
 * @internal
 */
export function countLines(text: string, from: number, to: number): number {
  let count = 0
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** Adds `offset` to the line numbers of every hunk header and colours the headers. */
function shiftHunks(text: string, offset: number, color: (text: string) => string): string {
  return text.replace(
    /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/gm,
    (_, a: string, n: string, b: string, m: string) =>
      color(`@@ -${Number(a) + offset},${n} +${Number(b) + offset},${m} @@`),
  )
}
