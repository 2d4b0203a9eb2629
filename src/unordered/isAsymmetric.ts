/**
 * Whether `value` is an asymmetric matcher (`expect.any(Number)`, `expect.objectContaining(...)`, a
 * user's `{ asymmetricMatch }` object): the same test Jest and Vitest apply before comparing.
 * @internal
 */
export function isAsymmetric(
  value: unknown,
): value is { asymmetricMatch(other: unknown): boolean } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch === 'function'
  )
}
