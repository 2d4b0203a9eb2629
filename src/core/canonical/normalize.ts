import { Circular } from './Circular'
import { withPrototype } from '../kinds/withPrototype'
import { canonicalKeys } from '../kinds/canonicalKeys'
import { isOpaque, Kind, kindOf, type KindCode } from '../kinds/kindOf'
import { compareCanonical } from '../order/compareCanonical'
import { compilePaths, type PathSelector, type SelectorState } from '../paths/compilePaths'
import { formatPath } from '../paths/formatPath'
import { MEMBER, stepOfMapKey, type PathStep } from '../paths/pathStep'
import { stableSort } from '../order/stableSort'
import { DEFAULT_MAX_DEPTH, tooDeepError, traversalError } from '../traversal/traversalError'
import type { NormalizeOptions } from '../../types'
import { readOptions, type OptionValues } from '../../options/readOptions'
import { NORMALIZE_RULES } from '../../options/rules'

/**
 * The placeholder `normalize` puts at `ignore` paths. A string, so redacted JSON stays JSON.
 * @since 0.1.0
 */
export const IGNORED = '[ignored]'

/** Everything one `normalize` call carries down the tree. */
interface Walk {
  readonly sortAllArrays: boolean
  readonly unordered: PathSelector | undefined
  readonly ignore: PathSelector | undefined
  readonly maxDepth: number
  /** The path from the root to the value being visited; read when an error or a cycle needs it. */
  readonly steps: PathStep[]
  /** Objects on the current path, with the depth where each was entered: cycles point back here. */
  readonly ancestors: Map<object, number>
}

/**
 * The canonical form of any value: a new value in which everything that depends on insertion
 * order is put in one order, so equal data gives equal forms however it was built.
 *
 * - plain-object keys in code-unit order (never the locale), enumerable symbol keys after them,
 *   sorted by description;
 * - Map entries sorted by the canonical form of their keys, Set members by their own canonical form;
 * - arrays keep their order unless `unordered` selects them: then they are sorted stably by
 *   `compareCanonical` (equal elements keep their input order);
 * - values at `ignore` paths become `IGNORED`;
 * - a reference back to an ancestor becomes `new Circular(pathOfThatAncestor)`;
 * - class instances keep their prototype; Dates, RegExps, binary data, boxed primitives and Errors
 *   (class, message, cause and own enumerable properties; never the stack) are copied by value;
 *   functions are kept as they are.
 *
 * Members of Sets, Map entries with non-primitive keys and elements of unordered arrays have no
 * stable position, so their path step is `[*]`.
 *
 * The input is never mutated. Too deep data throws `TOO_DEEP`; a getter that throws or a revoked
 * Proxy throws `UNREADABLE`; both name the path.
 *
 * @example
 * normalize({ b: 1, a: new Set([3, 1]) }) // { a: Set {1, 3}, b: 1 }
 * normalize([{ id: 2 }, { id: 1 }], { unordered: true }) // [{ id: 1 }, { id: 2 }]
 * normalize({ at: new Date(), id: 7 }, { ignore: ['$.at'] }) // { at: '[ignored]', id: 7 }
 * @since 0.1.0
 */
export function normalize(value: unknown, options?: NormalizeOptions): unknown {
  return normalizeWith(value, readOptions(options, NORMALIZE_RULES, 'normalize()'))
}

/** The options of `normalize` after reading. @internal */
export type NormalizeValues = OptionValues<typeof NORMALIZE_RULES>

/** `normalize` for options already read (`stableStringify` reads more of them). @internal */
export function normalizeWith(value: unknown, options: NormalizeValues): unknown {
  const walk = createWalk(options)
  if (walk.ignore?.matches(walk.ignore.root)) return IGNORED
  try {
    return visit(value, walk, walk.unordered?.root, walk.ignore?.root)
  } catch (error) {
    throw traversalError(error, walk.steps, walk.maxDepth)
  }
}

/**
 * Whether these options change the data itself (sort arrays, redact values) rather than only how
 * it is compared: then the canonical text must come from the normalized form. @internal
 */
export function reshapes({ unordered, ignore }: NormalizeOptions): boolean {
  return (
    unordered === true ||
    (Array.isArray(unordered) && unordered.length > 0) ||
    (ignore?.length ?? 0) > 0
  )
}

function createWalk({ unordered, ignore, maxDepth }: NormalizeValues): Walk {
  return {
    sortAllArrays: unordered === true,
    unordered:
      Array.isArray(unordered) && unordered.length > 0
        ? compilePaths(unordered, 'unordered')
        : undefined,
    ignore: ignore !== undefined && ignore.length > 0 ? compilePaths(ignore, 'ignore') : undefined,
    maxDepth: maxDepth ?? DEFAULT_MAX_DEPTH,
    steps: [],
    ancestors: new Map(),
  }
}

function visit(
  value: unknown,
  walk: Walk,
  unordered: SelectorState,
  ignore: SelectorState,
): unknown {
  // Primitives are their own canonical form; functions are compared by identity, so kept as is.
  if (typeof value !== 'object' || value === null) return value
  const kind = kindOf(value)
  if (kind === Kind.Circular) return value
  const depth = walk.steps.length
  const seenAt = walk.ancestors.get(value)
  if (seenAt !== undefined) return new Circular(formatPath(walk.steps.slice(0, seenAt)))
  if (depth >= walk.maxDepth) throw tooDeepError(walk.steps, walk.maxDepth)
  walk.ancestors.set(value, depth)
  const result = visitObject(value, kind, walk, unordered, ignore)
  walk.ancestors.delete(value)
  return result
}

/** Visits one child, applying `ignore` and advancing both selectors by `step`. */
function child(
  value: unknown,
  step: PathStep,
  walk: Walk,
  unordered: SelectorState,
  ignore: SelectorState,
): unknown {
  let nextIgnore: SelectorState
  if (ignore !== undefined) {
    nextIgnore = (walk.ignore as PathSelector).step(ignore, step)
    if ((walk.ignore as PathSelector).matches(nextIgnore)) return IGNORED
  }
  const nextUnordered =
    unordered === undefined ? undefined : (walk.unordered as PathSelector).step(unordered, step)
  walk.steps.push(step)
  const result = visit(value, walk, nextUnordered, nextIgnore)
  walk.steps.pop()
  return result
}

function visitObject(
  value: object,
  kind: KindCode,
  walk: Walk,
  u: SelectorState,
  i: SelectorState,
): unknown {
  switch (kind) {
    case Kind.Array:
      return visitArray(value as unknown[], walk, u, i)
    case Kind.Object:
      return copyProperties(value, {}, walk, u, i)
    case Kind.Map:
      return visitMap(value as Map<unknown, unknown>, walk, u, i)
    case Kind.Set: {
      const members = Array.from(value as Set<unknown>, (member) =>
        child(member, MEMBER, walk, u, i),
      )
      return withPrototype(new Set(stableSort(members, compareCanonical)), protoOf(value))
    }
    case Kind.Date:
      return withPrototype(new Date((value as Date).getTime()), protoOf(value))
    case Kind.RegExp:
      return withPrototype(
        new RegExp((value as RegExp).source, (value as RegExp).flags),
        protoOf(value),
      )
    case Kind.Binary:
      return copyBinary(value)
    case Kind.Boxed:
      return withPrototype(
        Object((value as { valueOf(): unknown }).valueOf()) as object,
        protoOf(value),
      )
    case Kind.Error:
      return visitError(value as Error, walk, u, i)
    default:
      // A Promise or WeakMap shows no contents: kept as it is, it compares by identity.
      if (isOpaque(value)) return value
      return copyProperties(
        value,
        Object.create(Object.getPrototypeOf(value) as object | null) as object,
        walk,
        u,
        i,
      )
  }
}

function visitArray(
  value: readonly unknown[],
  walk: Walk,
  u: SelectorState,
  i: SelectorState,
): unknown[] {
  const unordered = walk.sortAllArrays || (walk.unordered?.matches(u) ?? false)
  const length = value.length
  const out = new Array<unknown>(length)
  // An element of an unordered array has no stable index, so its step is `[*]`.
  for (let index = 0; index < length; index++) {
    out[index] = child(value[index], unordered ? MEMBER : index, walk, u, i)
  }
  return withPrototype(unordered ? stableSort(out, compareCanonical) : out, protoOf(value))
}

function visitMap(
  value: Map<unknown, unknown>,
  walk: Walk,
  u: SelectorState,
  i: SelectorState,
): Map<unknown, unknown> {
  const entries: [unknown, unknown][] = []
  for (const [key, entryValue] of value) {
    // Keys are normalized too, but `ignore` and `unordered` address values, never keys.
    walk.steps.push(MEMBER)
    const canonicalKey = visit(key, walk, undefined, undefined)
    walk.steps.pop()
    entries.push([canonicalKey, child(entryValue, stepOfMapKey(key), walk, u, i)])
  }
  const sorted = stableSort(
    entries,
    (a, b) => compareCanonical(a[0], b[0]) || compareCanonical(a[1], b[1]),
  )
  return withPrototype(new Map(sorted), protoOf(value))
}

function visitError(value: Error, walk: Walk, u: SelectorState, i: SelectorState): object {
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as object
  // Like a real Error, message and cause are non-enumerable; the stack is dropped on purpose
  // (it names files and lines, which differ between equal errors).
  define(out, 'message', value.message, false)
  if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
    define(out, 'cause', child((value as { cause?: unknown }).cause, 'cause', walk, u, i), false)
  }
  return copyProperties(value, out, walk, u, i)
}

/** Copies own enumerable properties in canonical key order, normalizing each value. */
function copyProperties<T extends object>(
  value: object,
  out: T,
  walk: Walk,
  u: SelectorState,
  i: SelectorState,
): T {
  const source = value as Record<string | symbol, unknown>
  const plain = Object.getPrototypeOf(out) === Object.prototype
  for (const key of canonicalKeys(value)) {
    const normalized = child(read(source, key, walk), key, walk, u, i)
    // Plain assignment is the fast path; `__proto__` and inherited setters need a real definition.
    if (plain && key !== '__proto__') (out as Record<string | symbol, unknown>)[key] = normalized
    else define(out, key, normalized, true)
  }
  return out
}

/** Reads a property; if a getter throws, the error's path ends at that property. */
function read(source: Record<string | symbol, unknown>, key: string | symbol, walk: Walk): unknown {
  try {
    return source[key]
  } catch (error) {
    walk.steps.push(key)
    throw error
  }
}

function define(target: object, key: string | symbol, value: unknown, enumerable: boolean): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true })
}

function copyBinary(value: object): object {
  if (value instanceof DataView) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice()
    return withPrototype(new DataView(bytes.buffer), protoOf(value))
  }
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): object }).slice()
  return (value as ArrayBuffer).slice(0)
}

const protoOf = (value: object): object | null => Object.getPrototypeOf(value) as object | null
