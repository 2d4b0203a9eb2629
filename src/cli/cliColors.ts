/** The colours of the tool's output; each is the identity when colours are off. @internal */
export interface CliColors {
  readonly removed: (text: string) => string
  readonly added: (text: string) => string
  readonly dim: (text: string) => string
  readonly bold: (text: string) => string
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string): string => text

/**
 * Colours as the runners' diffs use them (the golden, like Jest's "Expected", in green; the
 * received text in red), on when `FORCE_COLOR` asks for them or output is a terminal, off with
 * `NO_COLOR` (https://no-color.org) or `FORCE_COLOR=0`.
 *
 * @example cliColors({ NO_COLOR: '1' }, true).added('x') // 'x'
 * @internal
 */
export function cliColors(
  env: Readonly<Record<string, string | undefined>>,
  terminal: boolean,
): CliColors {
  const force = env.FORCE_COLOR
  const on =
    force !== undefined && force !== ''
      ? force !== '0' && force !== 'false'
      : terminal && (env.NO_COLOR === undefined || env.NO_COLOR === '')
  if (!on) return { removed: plain, added: plain, dim: plain, bold: plain }
  return { removed: wrap(32, 39), added: wrap(31, 39), dim: wrap(2, 22), bold: wrap(1, 22) }
}
