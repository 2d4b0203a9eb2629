import { firstLines } from '../core/text/firstLines'
import { lineEditScript } from '../core/text/lineEditScript'
import { printablePath } from '../core/paths/formatPath'
import { MEMBER, stepOfMapKey, type PathStep } from '../core/paths/pathStep'

/** A container the canonical text has opened: how its children are named. */
interface Frame {
  /** `keys`: objects and instances (`"k": …`, `k => …` in Maps); `index`: arrays; `member`: Sets. */
  readonly kind: 'keys' | 'index' | 'member'
  readonly step: PathStep | undefined
  next: number
}

const KEY = /^("(?:[^"\\]|\\.)*"): /
const SYMBOL_KEY = /^\[Symbol\(("(?:[^"\\]|\\.)*")\)\]: /
const MAP_KEY = /^("(?:[^"\\]|\\.)*"|-?\d+) => /

/**
 * The value path of every line of a canonical text (`stableStringify` with its indent of 2: one
 * element, entry or property per line), read from the layout alone, so it works for the
 * notation as well as for JSON: `"key": ` names a property, `key => ` a Map entry, and lines in
 * arrays count up. Set members and Map entries without a string or number key are `[*]`.
 * A closing `}` or `]` belongs to the container it closes.
 *
 * @example linePaths('{\n  "a": [\n    1\n  ]\n}') // ['$', '$.a', '$.a[0]', '$.a', '$']
 * @internal
 */
export function linePaths(text: string): string[] {
  const stack: Frame[] = []
  const steps: PathStep[] = []
  const paths: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trimStart()
    if (/^[}\]]/.test(line)) {
      paths.push(printablePath(steps))
      const closed = stack.pop()
      if (closed?.step !== undefined) steps.pop()
      // `] => value`: the closed container was a Map key, and the entry's value starts here.
      const arrow = line.indexOf(' => ')
      if (arrow !== -1) open(line.slice(arrow + 4), MEMBER, stack, steps)
      continue
    }
    const { step, rest } = stepOf(line, stack.at(-1))
    if (step !== undefined) steps.push(step)
    paths.push(printablePath(steps))
    if (step !== undefined) steps.pop()
    open(rest, step, stack, steps)
  }
  return paths
}

/** Opens a container when `rest` (a value's first line) ends with `{` or `[`. */
function open(rest: string, step: PathStep | undefined, stack: Frame[], steps: PathStep[]) {
  const opener = /([{[])$/.exec(rest)
  if (opener === null) return
  const kind = opener[1] === '{' ? 'keys' : /^(?:\S+ )?Set \[$/.test(rest) ? 'member' : 'index'
  stack.push({ kind, step, next: 0 })
  if (step !== undefined) steps.push(step)
}

/** The step a line takes inside `frame`, and the rest of the line after any key. */
function stepOf(line: string, frame: Frame | undefined): { step?: PathStep; rest: string } {
  if (frame === undefined) return { rest: line }
  if (frame.kind === 'index') return { step: frame.next++, rest: line }
  if (frame.kind === 'member') return { step: MEMBER, rest: line }
  for (const [pattern, read] of [
    [KEY, (text: string) => JSON.parse(text) as string],
    [SYMBOL_KEY, (text: string) => Symbol(JSON.parse(text) as string)],
    // The core's step for the key: a negative or unsafe number is a member, as paths print it.
    [MAP_KEY, (text: string) => stepOfMapKey(JSON.parse(text))],
  ] as const) {
    const match = pattern.exec(line)
    if (match !== null) {
      return { step: read(match[1] as string), rest: line.slice(match[0].length) }
    }
  }
  // A Map entry whose key is not a string or number (`Set [ … ] => …`) has no name of its own.
  const arrow = line.indexOf(' => ')
  return { step: MEMBER, rest: arrow === -1 ? line : line.slice(arrow + 4) }
}

/**
 * The value paths where two canonical texts differ, in the order of the lines that changed, each
 * once: what `expect-deterministic review` shows before the diff. At most `limit` paths; the
 * count says how many there were in all, or in the first 50,000 lines of very long texts (then
 * `complete` is false).
 *
 * @example changedPaths('{\n  "a": 1\n}', '{\n  "a": 2\n}') // { paths: ['$.a'], count: 1, complete: true }
 * @internal
 */
export function changedPaths(
  before: string,
  after: string,
  limit = 20,
): { paths: string[]; count: number; complete: boolean } {
  // Long texts are read up to a bounded number of lines: the first changes are what a reader
  // looks at, and aligning millions of lines would cost more than the run that wrote them.
  const a = firstLines(before, MAX_LINES)
  const b = firstLines(after, MAX_LINES)
  const complete = a.length === before.length && b.length === after.length
  return { ...pathsOf(a, b, limit), complete }
}

const MAX_LINES = 50_000

function pathsOf(before: string, after: string, limit: number): { paths: string[]; count: number } {
  const a = before.split('\n')
  const b = after.split('\n')
  const script = lineEditScript(a, b)
  const pathsA = linePaths(before)
  const pathsB = linePaths(after)
  const found = new Set<string>()
  let x = 0
  let y = 0
  for (const edit of script) {
    if (edit === 'keep') {
      x++
      y++
    } else if (edit === 'remove') found.add(pathsA[x++] as string)
    else found.add(pathsB[y++] as string)
  }
  const paths = [...found]
  return { paths: paths.slice(0, limit), count: paths.length }
}
