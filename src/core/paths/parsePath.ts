import { ExpectDeterministicError } from '../../errors'

/**
 * One parsed segment of a path pattern.
 * @since 0.1.0
 */
export type PathSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'symbol'; readonly description: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'descend' }

/** A key that paths spell bare (`.key`); any other key is quoted (`['odd key']`). @internal */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const IDENTIFIER_START = /[A-Za-z_$]/
const IDENTIFIER_PART = /[A-Za-z0-9_$]/

function badPath(source: string, at: number, expected: string): ExpectDeterministicError {
  return new ExpectDeterministicError(
    'BAD_PATH',
    `Invalid path ${JSON.stringify(source)}: expected ${expected} at position ${at}. ` +
      "Paths look like $.users[*].roles, $['odd key'][0] or $..id.",
    { path: source },
  )
}

/**
 * Parses a path pattern into segments. `..key` becomes a `descend` segment followed by `key`.
 *
 * @throws ExpectDeterministicError with code `BAD_PATH`, naming the position of the problem.
 * @example parsePath("$.users[*]['first name']")
 * @since 0.1.0
 */
export function parsePath(source: string): PathSegment[] {
  if (typeof source !== 'string') {
    throw new ExpectDeterministicError(
      'BAD_PATH',
      `A path must be a string such as '$.items[*]', but received ${typeof source}.`,
    )
  }
  const text = source.trim()
  let i = 0
  if (text.startsWith('$')) i = 1
  else if (text !== '' && IDENTIFIER_START.test(text[0] as string)) i = -1 // bare `key...`
  const segments: PathSegment[] = []
  if (i === -1) {
    i = 0
    i = readIdentifier(text, i, segments, source)
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '.') {
      if (text[i + 1] === '.') {
        segments.push({ kind: 'descend' })
        i += 2
      } else {
        i += 1
      }
      if (text[i] === '*') {
        segments.push({ kind: 'any' })
        i += 1
      } else if (text[i] === '[' && segments.at(-1)?.kind === 'descend') {
        continue // `..[0]` and `..['key']`
      } else {
        i = readIdentifier(text, i, segments, source)
      }
    } else if (c === '[') {
      i = readBracket(text, i + 1, segments, source)
    } else {
      throw badPath(source, i, "'.', '..' or '['")
    }
  }
  if (segments.at(-1)?.kind === 'descend') throw badPath(source, text.length, 'a key after ..')
  return segments
}

function readIdentifier(text: string, start: number, out: PathSegment[], source: string): number {
  let i = start
  while (i < text.length && IDENTIFIER_PART.test(text[i] as string)) i++
  if (i === start || !IDENTIFIER_START.test(text[start] as string)) {
    throw badPath(source, start, "a key name (use ['key'] for other characters)")
  }
  out.push({ kind: 'key', key: text.slice(start, i) })
  return i
}

function readBracket(text: string, start: number, out: PathSegment[], source: string): number {
  const c = text[start]
  if (c === '*' && text[start + 1] === ']') {
    out.push({ kind: 'any' })
    return start + 2
  }
  if (c === "'" || c === '"') {
    let key = ''
    let i = start + 1
    while (i < text.length && text[i] !== c) {
      if (text[i] === '\\') i++
      if (i >= text.length) break
      key += text[i]
      i++
    }
    if (text[i] !== c || text[i + 1] !== ']') throw badPath(source, i, `a closing ${c}]`)
    out.push({ kind: 'key', key })
    return i + 2
  }
  if (text.startsWith('Symbol(', start)) {
    // The description may hold `]`: the segment ends at the first `)]`.
    const end = text.indexOf(')]', start)
    if (end === -1) throw badPath(source, start, "a closing ')]'")
    out.push({ kind: 'symbol', description: text.slice(start + 'Symbol('.length, end) })
    return end + 2
  }
  const close = text.indexOf(']', start)
  if (close === -1) throw badPath(source, start, "a closing ']'")
  const inner = text.slice(start, close)
  if (/^(0|[1-9][0-9]*)$/.test(inner)) {
    out.push({ kind: 'key', key: inner })
    return close + 1
  }
  throw badPath(source, start, "an index, '*', a quoted key or Symbol(description)")
}
