/**
 * Whether `value` is a thenable: an object or function with a callable `then`, which `await` and
 * `Promise.resolve` adopt. Checked by shape rather than `instanceof Promise`, so promises from
 * another realm and promise-like values of other libraries count too. A value whose `then` cannot
 * be read (a revoked Proxy, a throwing getter) is not one: the traversal that reads it next
 * reports it, with its path.
 *
 * @example
 * isThenable(Promise.resolve(1)) // true
 * isThenable({ then: (resolve: (v: number) => void) => resolve(1) }) // true
 * isThenable(1) // false
 * @internal
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  try {
    return typeof (value as { then?: unknown }).then === 'function'
  } catch {
    return false
  }
}
