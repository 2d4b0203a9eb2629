/** The colours the plain messages use, as functions; identity functions when colour is off. @internal */
export interface Palette {
  readonly expected: (text: string) => string
  readonly received: (text: string) => string
  readonly dim: (text: string) => string
  readonly hunk: (text: string) => string
}

/** A stream as far as colour is concerned: Node's `tty.WriteStream` and plain pipes both fit. @internal */
export interface ColorStream {
  readonly isTTY?: boolean
  hasColors?(): boolean
}

type Env = Readonly<Record<string, string | undefined>>

/**
 * Whether messages for `stream` should be coloured, decided as Node decides for its own output:
 * `FORCE_COLOR` first (`0` or `false` turn colour off, anything else on), then `NO_COLOR` (when
 * set and not empty, see no-color.org), `NODE_DISABLE_COLORS` and `TERM=dumb` turn it off, and
 * otherwise only a terminal that has colours gets them. Redirected output (a file, a pipe) stays
 * plain, so logs never hold raw escape codes. Node's test runner sets `FORCE_COLOR` in the
 * processes it starts when its own output is a colour terminal.
 *
 * @example colorsEnabled(process.stdout, { NO_COLOR: '1' }) // false
 * @internal
 */
export function colorsEnabled(stream: ColorStream | undefined, env: Env = process.env): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false
  if (stream?.isTTY !== true) return false
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string): string => text

/**
 * The runners' colours (Jest's and Vitest's: expected green, received red, hint dim, diff hunks
 * yellow), or none.
 *
 * @example palette(false).expected('x') // 'x'
 * @internal
 */
export function palette(color: boolean): Palette {
  if (!color) return { expected: plain, received: plain, dim: plain, hunk: plain }
  return {
    expected: style(32, 39),
    received: style(31, 39),
    dim: style(2, 22),
    hunk: style(33, 39),
  }
}
