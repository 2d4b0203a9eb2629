import { normalizeWith } from '../canonical/normalize'
import { forEachEntry, forEachMember } from '../kinds/intrinsics'
import { className, Kind, kindOf } from '../kinds/kindOf'
import { compareCanonical } from '../order/compareCanonical'
import { leafText } from './leafText'
import { printCanonical } from './printCanonical'
import { printableName } from './printableName'

/** Where a subtree stands in the value the fast path is printing. @internal */
export interface SubtreePlace {
  /** Nesting level of the subtree (the root is 0): the indent of its inner lines. */
  readonly level: number
  /** One level of indentation (`''` for compact text). */
  readonly unit: string
  /** How many more levels `maxDepth` allows below the subtree's own. */
  readonly depthLeft: number
}

// Thrown (never escaping the fast path) when a subtree must be left to the general path.
const GENERAL: unique symbol = Symbol('general path')

/**
 * The exact text that `printCanonical(normalize(root))` gives an object that JSON cannot print
 * (a Date, a Map, a Set, a class instance, ...) at `place` inside a value that is otherwise
 * JSON, so the fast path can splice it in. Dates and other one-line values are printed at once,
 * Maps and Sets of primitives directly; other objects by the general printer on the subtree alone,
 * unless the text shows a reference back to an ancestor (a cycle's path is only right when the
 * whole value is printed). Throws when the whole value must
 * go to the general path: a cycle, too much depth, an Error, a value compared by identity.
 * @internal
 */
export function subtreeText(value: object, place: SubtreePlace): string {
  const kind = kindOf(value)
  switch (kind) {
    case Kind.Date:
      // A plain Date (one per row of an ORM table) needs no lookup of its class name.
      if (Object.getPrototypeOf(value) === Date.prototype) return leafText(value, kind, 'Date')
      return leafText(value, kind, printableName(className(value), '<anonymous>'))
    case Kind.RegExp:
    case Kind.Boxed:
      return leafText(value, kind, printableName(className(value), '<anonymous>'))
    case Kind.Map:
    case Kind.Set: {
      const direct = collectionText(value, kind, place)
      if (direct !== undefined) return direct
      break
    }
    case Kind.Array:
    case Kind.Object:
    case Kind.Instance:
    case Kind.Binary:
      break
    default:
      throw GENERAL
  }
  // Normalized once, so each getter is read once, as the general path reads it. A reference back
  // to an ancestor, inside the subtree or above it (which leads back into the subtree), prints as
  // `[Circular <path>]` with a path relative to the subtree: then only the whole value can be
  // printed right. (A string of the user's holding that text sends it there too, harmlessly.)
  const text = printCanonical(
    normalizeWith(value, { maxDepth: place.depthLeft }),
    place.unit.length,
  )
  if (text.includes('[Circular ')) throw GENERAL
  return place.unit === '' || place.level === 0
    ? text
    : text.replaceAll('\n', `\n${place.unit.repeat(place.level)}`)
}

/**
 * A Map or Set (not a subclass) whose keys, values and members are primitives other than
 * symbols, printed the way the general printer prints its canonical form; `undefined` for any
 * other.
 *
 * Hot on rows that each hold a small Map: it reads the items into two shared lists, sorts them
 * by insertion (Map keys and Set members are distinct non-symbols, so the order of keys alone is
 * total; strings compare by code units, as `compareCanonical` does) and concatenates the parts:
 * a rope, flattened once with the whole text, a third faster than joining a list per Map.
 */
function collectionText(value: object, kind: number, place: SubtreePlace): string | undefined {
  const isMap = kind === Kind.Map
  if (Object.getPrototypeOf(value) !== (isMap ? Map.prototype : Set.prototype)) return undefined
  // Scratch lists shared by every call (with no symbols or objects, nothing here runs user code
  // or calls back in), emptied
  // before returning: a table of 1e5 rows with a Map each allocates no lists per row.
  const keys = KEYS
  const values = VALUES
  try {
    if (isMap) forEachEntry(value, collectEntry)
    else forEachMember(value, collectMember)
    if (keys.length === 0) return isMap ? 'Map {}' : 'Set []'
    let strings = true
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]
      if (!isPrimitive(key) || (isMap && !isPrimitive(values[i]))) return undefined
      if (typeof key !== 'string') strings = false
    }
    sortByKey(keys, values, strings)
    const { unit, level } = place
    const inner = unit === '' ? '' : indentOf(unit, level + 1)
    const arrow = unit === '' ? '=>' : ' => '
    let text = isMap ? 'Map {' : 'Set ['
    for (let i = 0; i < keys.length; i++) {
      text += (i > 0 ? ',' : '') + inner + leafText(keys[i])
      if (isMap) text += arrow + leafText(values[i])
    }
    return text + (unit === '' ? '' : indentOf(unit, level)) + (isMap ? '}' : ']')
  } finally {
    keys.length = 0
    values.length = 0
  }
}

const KEYS: unknown[] = []
const VALUES: unknown[] = []
const collectEntry = (value: unknown, key: unknown): void => {
  KEYS.push(key)
  VALUES.push(value)
}
const collectMember = (member: unknown): void => {
  KEYS.push(member)
}

// A line break and the indentation of a level, made once per unit and level.
const INDENTS = new Map<string, string[]>()
function indentOf(unit: string, level: number): string {
  let known = INDENTS.get(unit)
  if (known === undefined) INDENTS.set(unit, (known = []))
  return (known[level] ??= `\n${unit.repeat(level)}`)
}

/** Sorts `keys` (distinct primitives) in canonical order, moving `values` along when present. */
function sortByKey(keys: unknown[], values: unknown[], strings: boolean): void {
  // Insertion sort only while it is cheap; a large collection is sorted through its indices.
  if (keys.length > SMALL) {
    const order = keys.map((_, i) => i)
    order.sort((i, j) => compareCanonical(keys[i], keys[j]))
    const sortedKeys = order.map((i) => keys[i])
    const sortedValues = order.map((i) => values[i])
    // Copied back by a loop: spreading a large list into a call would overflow the stack.
    for (let i = 0; i < keys.length; i++) {
      keys[i] = sortedKeys[i]
      if (values.length > 0) values[i] = sortedValues[i]
    }
    return
  }
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]
    const entry = values[i]
    let j = i - 1
    while (
      j >= 0 &&
      (strings ? (keys[j] as string) > (key as string) : compareCanonical(keys[j], key) > 0)
    ) {
      keys[j + 1] = keys[j]
      if (values.length > 0) values[j + 1] = values[j]
      j--
    }
    keys[j + 1] = key
    if (values.length > 0) values[j + 1] = entry
  }
}

const SMALL = 16

// Symbols are left to the general path: two with one description tie in the canonical order (the
// general printer then orders them by value), and reading a description may run a getter.
const isPrimitive = (value: unknown): boolean =>
  value === null ||
  (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')
