import { isThenable } from '../core/kinds/isThenable'

/**
 * A step of a `drive`n generator: yields a value or a promise, and gets back the value or the
 * promise's result. `yield* settle(x)` reads like `await x` but stays synchronous when `x` is not
 * a promise, so one engine serves synchronous and asynchronous functions alike.
 * @example const output = yield* settle(fn())
 * @internal
 */
export function* settle<T>(value: T | PromiseLike<T>): Generator<unknown, T, unknown> {
  return (yield value) as T
}

/**
 * Runs `steps` to the end: synchronously while it yields plain values, as a promise from the
 * first promise it yields. A rejection is thrown into the generator at its `yield`, so its
 * `try`/`finally` blocks run as they would with `await`.
 * @example drive(check()) // a result, or a promise of one when some call was asynchronous
 * @internal
 */
export function drive<T>(steps: Generator<unknown, T, unknown>): T | Promise<T> {
  let next = steps.next()
  while (!next.done) {
    if (isThenable(next.value)) return resume(steps, next.value)
    next = steps.next(next.value)
  }
  return next.value
}

async function resume<T>(
  steps: Generator<unknown, T, unknown>,
  first: PromiseLike<unknown>,
): Promise<T> {
  let pending = marked(first)
  for (;;) {
    let next: IteratorResult<unknown, T>
    try {
      next = steps.next(await pending)
    } catch (error) {
      // Either the awaited promise rejected (the generator gets the error) or the generator
      // itself threw while resuming (it is finished, and the error is ours to pass on).
      if (!(error instanceof AwaitFailure)) throw error
      next = steps.throw(error.cause)
    }
    while (!next.done && !isThenable(next.value)) next = steps.next(next.value)
    if (next.done) return next.value
    pending = marked(next.value as PromiseLike<unknown>)
  }
}

/** `pending` with a rejection wrapped, so `resume` can tell it from the generator's own errors. */
function marked(pending: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(pending).then(undefined, (cause: unknown) => {
    throw new AwaitFailure(cause)
  })
}

/** Tells a rejection of an awaited promise from an error thrown by the generator. */
class AwaitFailure {
  constructor(readonly cause: unknown) {}
}
