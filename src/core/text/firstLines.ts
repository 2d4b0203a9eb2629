/**
 * The first `lines` lines of `text` (all of it when it has fewer), without splitting the rest:
 * a golden diff looks at a window of a text that may hold millions of lines.
 * @internal
 */
export function firstLines(text: string, lines: number): string {
  if (lines <= 0) return ''
  let end = -1
  for (let i = 0; i < lines; i++) {
    end = text.indexOf('\n', end + 1)
    if (end === -1) return text
  }
  return text.slice(0, end)
}
