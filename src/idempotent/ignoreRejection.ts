/** A promise we refuse to use must not also surface later as an unhandled rejection. @internal */
export function ignoreRejection(thenable: PromiseLike<unknown>): void {
  Promise.resolve(thenable).catch(() => undefined)
}
