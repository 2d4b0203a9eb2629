import { ExpectDeterministicError } from '../../errors'

/**
 * The one path grammar of the library: a JSONPath subset. Failure messages print paths in it,
 * and every option that takes paths (`ignore`, `unordered`, `paths`) parses it, so a printed
 * path can be pasted straight into an option.
 *
 * | form          | meaning                                                        |
 * | ------------- | -------------------------------------------------------------- |
 * | `$`           | the root (may be left out: `items[*]` means `$.items[*]`)      |
 * | `.key`        | an object key or Map key that is an identifier                 |
 * | `['odd key']` | any string key (single or double quotes, `\` escapes)          |
 * | `[0]`         | an array index (or a numeric Map key)                          |
 * | `[*]` / `.*`  | any one step: every element, key, Map entry or Set member      |
 * | `..key`       | `key` at any depth below (`..*`: every descendant)             |
 * | `[Symbol(d)]` | a symbol key whose description is `d`                          |
 *
 * Set members and Map entries whose key is not a string or number have no name of their own:
 * they print as `[*]`, which a pattern matches with `[*]`, `.*` or `..`.
 *
 * @since 0.1.0
 */
export type PathStep = string | number | symbol | typeof MEMBER

/**
 * The step into a Set member or a Map entry with a non-primitive key: such a member has no stable
 * name (its position depends on sorting), so it prints as `[*]`.
 * @since 0.1.0
 */
export const MEMBER: { readonly member: true } = Object.freeze({ member: true as const })

/**
 * The step into a Map entry: its key when that is a string, number or symbol, `MEMBER` otherwise.
 * @since 0.1.0
 */
export function stepOfMapKey(key: unknown): PathStep {
  // Only keys the grammar can print and read back have a name: `[1.5]` or `[-1]` would not parse.
  if (typeof key === 'number') return Number.isSafeInteger(key) && key >= 0 ? key : MEMBER
  return typeof key === 'string' || typeof key === 'symbol' ? key : MEMBER
}

/** One parsed segment of a path pattern. */
export type PathSegment =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'symbol'; readonly description: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'descend' }

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/
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

/**
 * Prints one step the way `formatPath` would append it.
 * @since 0.1.0
 */
export function formatStep(step: PathStep): string {
  if (typeof step === 'number') return `[${step}]`
  if (typeof step === 'string') {
    return IDENTIFIER.test(step) ? `.${step}` : `['${step.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
  }
  if (typeof step === 'symbol') {
    const description = step.description ?? ''
    // A description holding `)]` could not be read back: such a key prints as any step.
    return description.includes(')]') ? '[*]' : `[Symbol(${description})]`
  }
  return '[*]'
}

/**
 * Prints steps from the root as a path that `parsePath` reads back.
 *
 * @example formatPath(['users', 0, 'first name']) // "$.users[0]['first name']"
 * @since 0.1.0
 */
export function formatPath(steps: readonly PathStep[]): string {
  let out = '$'
  for (const step of steps) out += formatStep(step)
  return out
}

/**
 * Where a traversal stands against a set of patterns: the live (pattern, position) pairs, or
 * `undefined` once no pattern can match anything below (so traversals can stop asking).
 */
export type SelectorState = readonly number[] | undefined

/**
 * A compiled set of path patterns, walked one step at a time alongside a traversal.
 * @since 0.1.0
 */
export interface PathSelector {
  /** The patterns as given, for messages. */
  readonly sources: readonly string[]
  /** The state at the root `$`. */
  readonly root: SelectorState
  /** The state after taking `step` from `state`. */
  step(state: SelectorState, step: PathStep): SelectorState
  /** Whether some pattern ends exactly at this state. */
  matches(state: SelectorState): boolean
}

// A (pattern, position) pair packed in one number, so a state is a small sorted number array.
const POSITIONS = 1024

function stepMatches(segment: PathSegment | undefined, step: PathStep): boolean {
  if (segment === undefined) return false
  switch (segment.kind) {
    case 'any':
      return true
    case 'key':
      // `[0]` and `['0']` are the same step: arrays index with numbers, objects with strings.
      return (typeof step === 'string' || typeof step === 'number') && String(step) === segment.key
    case 'symbol':
      return typeof step === 'symbol' && (step.description ?? '') === segment.description
    case 'descend':
      return false
  }
}

/**
 * Compiles path patterns into a selector.
 *
 * @throws ExpectDeterministicError (`BAD_PATH`) for a pattern that does not parse, or
 *   (`BAD_OPTIONS`) when `patterns` is not an array of strings.
 * @example
 * const s = compilePaths(['$.orders[*].items'])
 * s.matches(s.step(s.step(s.step(s.root, 'orders'), 3), 'items')) // true
 * @since 0.1.0
 */
export function compilePaths(patterns: readonly string[], optionName = 'paths'): PathSelector {
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
    throw new ExpectDeterministicError(
      'BAD_OPTIONS',
      `The \`${optionName}\` option must be an array of path strings such as ['$.items[*].tags'].`,
    )
  }
  const parsed = patterns.map((p) => parsePath(p))
  for (const segments of parsed) {
    if (segments.length >= POSITIONS) {
      throw new ExpectDeterministicError('BAD_PATH', `A path may have at most ${POSITIONS - 1} steps.`)
    }
  }

  // Closure over `descend`: a position sitting on `..` may also skip it (match zero steps).
  const close = (out: Set<number>, pattern: number, position: number): void => {
    out.add(pattern * POSITIONS + position)
    if (parsed[pattern]?.[position]?.kind === 'descend') close(out, pattern, position + 1)
  }
  const finish = (set: Set<number>): SelectorState =>
    set.size === 0 ? undefined : [...set].sort((a, b) => a - b)

  const rootSet = new Set<number>()
  parsed.forEach((_, p) => close(rootSet, p, 0))

  return {
    sources: [...patterns],
    root: finish(rootSet),
    step(state, step) {
      if (state === undefined) return undefined
      const next = new Set<number>()
      for (const packed of state) {
        const pattern = Math.floor(packed / POSITIONS)
        const position = packed % POSITIONS
        const segments = parsed[pattern] as PathSegment[]
        const segment = segments[position]
        if (segment?.kind === 'descend') {
          // Stay on `..` (consume this step as part of the gap) ...
          next.add(packed)
          // ... or let the segment after `..` consume it.
          if (stepMatches(segments[position + 1], step)) close(next, pattern, position + 2)
        } else if (stepMatches(segment, step)) {
          close(next, pattern, position + 1)
        }
      }
      return finish(next)
    },
    matches(state) {
      if (state === undefined) return false
      for (const packed of state) {
        const pattern = Math.floor(packed / POSITIONS)
        if (packed % POSITIONS === (parsed[pattern] as PathSegment[]).length) return true
      }
      return false
    },
  }
}
