import { canonicalForm } from './canonicalForm'
import type { CanonicalWalk } from './CanonicalWalk'
import { compilePaths } from '../paths/compilePaths'
import { DEFAULT_MAX_DEPTH, traversalError } from '../traversal/traversalError'
import type { NormalizeOptions } from '../../types'
import { readOptions, type OptionValues } from '../../options/readOptions'
import { NORMALIZE_RULES } from '../../options/rules'

/**
 * The placeholder `normalize` puts at `ignore` paths. A string, so redacted JSON stays JSON.
 * @since 0.1.0
 */
export const IGNORED = '[ignored]'

/**
 * The canonical form of any value: a new value in which everything that depends on insertion
 * order is put in one order, so equal data gives equal forms however it was built.
 *
 * - plain-object keys in code-unit order (never the locale), enumerable symbol keys after them,
 *   sorted by description (symbols that share one by their values);
 * - Map entries sorted by the canonical form of their keys, Set members by their own canonical form;
 * - arrays keep their order unless `unordered` selects them: then they are sorted stably by
 *   `compareCanonical` (equal elements keep their input order);
 * - values at `ignore` paths become `IGNORED`;
 * - a reference back to an ancestor becomes `new Circular(pathOfThatAncestor)`;
 * - class instances keep their prototype; Dates, RegExps, binary data, boxed primitives, platform
 *   values (URL, Headers, ...) and Errors (class, name, message, cause and own enumerable
 *   properties; never the stack) are copied by value, read through the engine's own methods;
 *   functions and objects compared by identity (streams, Promises, iterators) are kept as they are.
 *
 * Members of Sets, Map entries with non-primitive keys and elements of unordered arrays have no
 * stable position, so their path step is `[*]`.
 *
 * The input is never mutated. Nesting is limited only by `maxDepth` (no recursion: 100,000 levels
 * work when `maxDepth` allows them), and the time is linear in the size. Data deeper than
 * `maxDepth` throws `TOO_DEEP`; a getter that throws or a revoked Proxy throws `UNREADABLE`; both
 * name the path.
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
    return canonicalForm(value, walk)
  } catch (error) {
    throw traversalError(error, walk.steps)
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

function createWalk({ unordered, ignore, maxDepth }: NormalizeValues): CanonicalWalk {
  return {
    sortAllArrays: unordered === true,
    unordered:
      Array.isArray(unordered) && unordered.length > 0
        ? compilePaths(unordered, 'unordered')
        : undefined,
    ignore: ignore !== undefined && ignore.length > 0 ? compilePaths(ignore, 'ignore') : undefined,
    maxDepth: maxDepth ?? DEFAULT_MAX_DEPTH,
    ignored: IGNORED,
    steps: [],
    ancestors: new Map(),
  }
}
