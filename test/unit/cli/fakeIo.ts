import type { CliIo } from '../../../src/cli/cliIo'

/** A CliIo that records output and answers from a list (one per prompt). */
export interface FakeIo extends CliIo {
  readonly stdout: string[]
  readonly stderr: string[]
}

export function fakeIo(cwd: string, answers: string[] = [], interactive = false): FakeIo {
  const stdout: string[] = []
  const stderr: string[] = []
  const queue = [...answers]
  return {
    cwd,
    env: { NO_COLOR: '1' },
    interactive,
    colorTerminal: false,
    stdout,
    stderr,
    out: (text) => void stdout.push(text),
    err: (text) => void stderr.push(text),
    readAnswer: () => Promise.resolve(queue.shift()),
  }
}
