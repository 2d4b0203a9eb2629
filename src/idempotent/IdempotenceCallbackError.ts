/**
 * Thrown when one of the caller's own callbacks, the `args` factory or `normalize`, throws: the
 * function under test was not at fault, so this is neither a pass nor a failure of idempotence.
 * `cause` is the original error, `call` the call (from 1) it happened for.
 *
 * @example
 * try { checkIdempotent(fn, { args: loadFixture }) } catch (e) {
 *   if (e instanceof IdempotenceCallbackError) console.log(e.option, e.call, e.cause)
 * }
 * @since 0.1.0
 */
export class IdempotenceCallbackError extends Error {
  override readonly name = 'IdempotenceCallbackError'
  readonly option: 'args' | 'normalize'
  readonly call: number

  constructor(option: 'args' | 'normalize', call: number, cause: unknown) {
    super(
      option === 'args'
        ? `The \`args\` factory threw before call ${call}.`
        : `\`normalize\` threw on the output of call ${call}.`,
      { cause },
    )
    this.option = option
    this.call = call
  }
}
