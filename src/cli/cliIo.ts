import { createInterface } from 'node:readline'

/**
 * What the command-line tool needs from its process, so tests can run it without one: where it
 * runs, its output streams, its environment, and how it reads answers.
 * @internal
 */
export interface CliIo {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Whether answers come from a person at a terminal (one key each) or from a pipe (one line each). */
  readonly interactive: boolean
  /** Whether standard output is a terminal (colours on, unless `NO_COLOR`). */
  readonly colorTerminal: boolean
  out(text: string): void
  err(text: string): void
  /** The next answer, or `undefined` when input has ended. */
  readAnswer(): Promise<string | undefined>
}

/**
 * The real process: answers are single keys at a terminal, lines from a pipe (so a CI job or a
 * script can feed `a\nr\n`), and `Ctrl+C` at a terminal ends the tool.
 *
 * @example runCli(process.argv.slice(2), processIo())
 * @internal
 */
export function processIo(): CliIo {
  const stdin = process.stdin
  const interactive = stdin.isTTY === true
  let lines: AsyncIterator<string> | undefined
  return {
    cwd: process.cwd(),
    env: process.env,
    interactive,
    colorTerminal: process.stdout.isTTY === true,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readAnswer: () => (interactive ? readKey(stdin) : nextLine()),
  }

  async function nextLine(): Promise<string | undefined> {
    lines ??= createInterface({ input: stdin, crlfDelay: Infinity })[Symbol.asyncIterator]()
    const next = await lines.next()
    return next.done === true ? undefined : next.value
  }
}

function readKey(stdin: NodeJS.ReadStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    stdin.setRawMode(true)
    stdin.resume()
    stdin.once('data', (data: Buffer) => {
      stdin.setRawMode(false)
      stdin.pause()
      const key = data.toString('utf8')
      // Ctrl+C and Ctrl+D end input, as at any prompt.
      resolve(key === '\u0003' || key === '\u0004' ? undefined : key)
    })
  })
}
