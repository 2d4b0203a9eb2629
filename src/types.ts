/**
 * Options of `normalize` (and of everything built on it: `stableStringify`, the matchers).
 * @since 0.1.0
 */
export interface NormalizeOptions {
  /**
   * Which arrays are multisets: `true` sorts every array by canonical form, an array of paths
   * (`['$.orders[*].items']`) sorts only the arrays at those paths. Sorting is stable. Default:
   * arrays keep their order, because order is part of most contracts.
   */
  readonly unordered?: boolean | readonly string[]
  /**
   * Paths whose values are replaced by the placeholder `IGNORED` (`'[ignored]'`): redaction for
   * timestamps, generated ids and other values that may differ between equal results.
   */
  readonly ignore?: readonly string[]
  /**
   * Deepest nesting accepted before a `TOO_DEEP` error naming the depth and path. Default
   * `DEFAULT_MAX_DEPTH` (1,000). Recursion-free data this deep is almost always a bug.
   */
  readonly maxDepth?: number
}

/**
 * Options of `stableStringify`: those of `normalize`, plus the layout.
 * @since 0.1.0
 */
export interface StringifyOptions extends NormalizeOptions {
  /**
   * Spaces per indentation level (0 to 10), or `0` for compact single-line output.
   * Default 2: one element per line, so diffs of golden files stay readable.
   */
  readonly indent?: number
}

/**
 * The first difference between two values, as `findDifference` reports it.
 * @since 0.1.0
 */
export interface Difference {
  /** Where the values differ, in the library's path syntax (`$.users[3].name`). */
  readonly path: string
  /** What differs there, in words: `"values differ"`, `"key missing on the right"`, ... */
  readonly reason: string
  /** The value on the left (`a`) at `path`; `undefined` when absent there. */
  readonly left: unknown
  /** The value on the right (`b`) at `path`; `undefined` when absent there. */
  readonly right: unknown
}

/**
 * Options of `deepEqual` and `findDifference`.
 * @example deepEqual(longListA, longListB, { maxDepth: 10_000 })
 * @since 0.1.0
 */
export interface EqualityOptions {
  /** Deepest nesting compared before a `TOO_DEEP` error (default 1,000). */
  readonly maxDepth?: number
}
