import { displayPath } from '../golden/goldenFiles'
import type { CliColors } from './cliColors'
import type { CliIo } from './cliIo'
import { acceptPending, rejectPending, type PendingGolden } from './pendingGoldens'
import { renderPending } from './renderPending'

type Choice = 'a' | 'r' | 's'

const PROMPT =
  'Accept (a), reject (r) or skip (s)? A, R or S does the same for this and every later one: '

/**
 * The interactive review: shows each pending golden (`renderPending`) and applies the answer:
 * `a` accepts (an atomic write over the golden), `r` rejects (removes the pending file), `s`
 * skips; `A`, `R` and `S` answer for the rest too. At a terminal an answer is one key and a wrong
 * key asks again; from a pipe an answer is one line, a wrong one ends the review with exit code 2,
 * and the end of input skips what is left. Returns the exit code (1 when an accept failed).
 *
 * @example await reviewPending(entries, '/p', io, colors)
 * @internal
 */
export async function reviewPending(
  entries: readonly PendingGolden[],
  root: string,
  io: CliIo,
  colors: CliColors,
): Promise<number> {
  if (entries.length === 0) {
    io.out('No pending goldens.\n')
    return 0
  }
  const done = { accepted: 0, rejected: 0, skipped: 0, failed: 0 }
  let always: Choice | undefined
  for (const [i, entry] of entries.entries()) {
    io.out(
      `\n${colors.dim(`[${i + 1}/${entries.length}]`)} ${renderPending(entry, root, colors)}\n\n`,
    )
    let choice = always
    while (choice === undefined) {
      io.out(PROMPT)
      const answer = await io.readAnswer()
      if (answer === undefined) {
        io.out('\n(end of input: skipping the rest)\n')
        choice = always = 's'
        break
      }
      const key = answer.trim()
      if (key === 'a' || key === 'r' || key === 's') choice = key
      else if (key === 'A' || key === 'R' || key === 'S')
        choice = always = key.toLowerCase() as Choice
      else if (io.interactive) io.out(`\n${JSON.stringify(answer)} is not an answer.\n`)
      else {
        io.err(`${JSON.stringify(answer)} is not an answer: use a, r, s, A, R or S.\n`)
        return 2
      }
    }
    io.out(`${choice}\n`)
    apply(choice, entry, root, io, done)
  }
  io.out(
    `\nAccepted ${done.accepted}, rejected ${done.rejected}, skipped ${done.skipped}` +
      `${done.failed > 0 ? `, failed ${done.failed}` : ''}.\n`,
  )
  return done.failed > 0 ? 1 : 0
}

function apply(
  choice: Choice,
  entry: PendingGolden,
  root: string,
  io: CliIo,
  done: Record<'accepted' | 'rejected' | 'skipped' | 'failed', number>,
): void {
  const shown = displayPath(entry.target, root)
  if (choice === 's') {
    done.skipped++
    return
  }
  if (choice === 'r') {
    rejectPending(entry)
    done.rejected++
    io.out(`Rejected: ${shown} is unchanged.\n`)
    return
  }
  try {
    acceptPending(entry, root)
    done.accepted++
    io.out(`Accepted: ${shown} written.\n`)
  } catch (error) {
    done.failed++
    io.err(`Could not accept ${displayPath(entry.pending, root)}: ${(error as Error).message}\n`)
  }
}
