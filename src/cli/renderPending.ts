import { readFileSync } from 'node:fs'
import { changedPaths } from '../golden/changedPaths'
import { displayPath } from '../golden/goldenFiles'
import { goldenDiff } from '../golden/goldenDiff'
import type { CliColors } from './cliColors'
import type { PendingGolden } from './pendingGoldens'

const MAX_LINES = 200

/**
 * Reads a golden or pending file as canonical text: `\n` line endings, no final newline.
 * @example readText('/p/__golden__/a.test.ts/t.1.json') // '{\n  "a": 1\n}'
 * @internal
 */
export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, '')
}

/**
 * What `review` shows for one pending golden: the pending file, the golden it replaces, the value
 * paths of the changes, then a line diff in the runners' layout (cut after 200 changed lines, with
 * counts). A new golden shows its whole text as added lines.
 *
 * @example renderPending(entry, '/p', colors)
 * @internal
 */
export function renderPending(entry: PendingGolden, root: string, colors: CliColors): string {
  const received = readText(entry.pending)
  const lines = [colors.bold(displayPath(entry.pending, root))]
  if (entry.golden === undefined) {
    lines.push(`  a new golden: ${displayPath(entry.target, root)} does not exist yet`, '')
    const shown = received.split('\n')
    for (const line of shown.slice(0, MAX_LINES)) lines.push(colors.added(`+ ${line}`))
    if (shown.length > MAX_LINES) lines.push(`… ${shown.length - MAX_LINES} more lines not shown`)
    return lines.join('\n')
  }
  const golden = readText(entry.golden)
  const kindChange =
    entry.golden === entry.target
      ? ''
      : ` (the value changed kind: accepting writes ${displayPath(entry.target, root)} and removes it)`
  lines.push(`  replaces ${displayPath(entry.golden, root)}${kindChange}`)
  const changes = changedPaths(golden, received)
  if (changes.count > 0) {
    const rest = changes.count - changes.paths.length
    const more = rest > 0 ? ` and ${rest} more` : ''
    const further = changes.complete ? '' : ' (in the first 50,000 lines)'
    lines.push(`  changed at ${changes.paths.join(', ')}${more}${further}`)
  } else {
    lines.push('  no change: the pending file holds the golden text')
  }
  const diff = goldenDiff(golden, received, {
    labels: { removed: 'Golden', added: 'Received' },
    colors: { removed: colors.removed, added: colors.added, hunk: colors.dim },
  })
  lines.push('', diff.text)
  return lines.join('\n')
}
