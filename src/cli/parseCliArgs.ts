/** The commands of `expect-deterministic`. @internal */
export type CliCommand =
  'review' | 'pending' | 'accept' | 'reject' | 'obsolete' | 'migrate' | 'help' | 'version'

/** The command line, checked. @internal */
export interface CliArgs {
  readonly command: CliCommand
  /** Files named after `accept` or `reject`; none means every pending golden. */
  readonly files: readonly string[]
  /** `pending --json`. */
  readonly json: boolean
  /** `obsolete --delete`. */
  readonly delete: boolean
  /** `migrate --write`. */
  readonly write: boolean
  /** `--root <folder>`: the project root (default: the working directory). */
  readonly root: string | undefined
  /** `--dir <name>`: more folder names that hold goldens, as the `dir` option names them. */
  readonly dirs: readonly string[]
}

/** A command line the tool cannot run: it says what was wrong; the tool exits with code 2. @internal */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

const COMMANDS: readonly CliCommand[] = [
  'review',
  'pending',
  'accept',
  'reject',
  'obsolete',
  'migrate',
  'help',
  'version',
]

// The flags each command takes besides --root and --dir.
const FLAGS: Readonly<Record<CliCommand, readonly string[]>> = {
  review: [],
  pending: ['--json'],
  accept: [],
  reject: [],
  obsolete: ['--delete'],
  migrate: ['--write'],
  help: [],
  version: [],
}

/**
 * Reads the command line: a command, its flags, `--root <folder>`, `--dir <name>` (repeatable)
 * and, for `accept` and `reject`, files. Anything else is a `CliUsageError` naming it.
 *
 * @example parseCliArgs(['pending', '--json']) // { command: 'pending', json: true, … }
 * @internal
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [first, ...rest] = argv
  const command = first === undefined || first === '--help' || first === '-h' ? 'help' : first
  if (first === '--version' || first === '-v')
    return parsed('version', [], new Set(), [], undefined)
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new CliUsageError(
      `Unknown command ${JSON.stringify(command)}. Commands: ${COMMANDS.slice(0, 6).join(', ')}.`,
    )
  }
  const known = FLAGS[command as CliCommand]
  const files: string[] = []
  const flags = new Set<string>()
  const dirs: string[] = []
  let root: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    if (arg === '--root' || arg === '--dir') {
      const value = rest[++i]
      if (value === undefined || value === '' || value.startsWith('--'))
        throw new CliUsageError(`${arg} needs a folder after it.`)
      if (arg === '--root') root = value
      else dirs.push(value)
    } else if (arg.startsWith('-')) {
      if (!known.includes(arg)) {
        const takes = known.length === 0 ? 'no flags' : known.join(', ')
        throw new CliUsageError(
          `${command} does not take ${arg}; it takes ${takes} (and --root, --dir).`,
        )
      }
      flags.add(arg)
    } else if (command === 'accept' || command === 'reject') {
      files.push(arg)
    } else {
      throw new CliUsageError(`${command} takes no files, but received ${JSON.stringify(arg)}.`)
    }
  }
  return parsed(command as CliCommand, files, flags, dirs, root)
}

function parsed(
  command: CliCommand,
  files: string[],
  flags: ReadonlySet<string>,
  dirs: string[],
  root: string | undefined,
): CliArgs {
  return {
    command,
    files,
    json: flags.has('--json'),
    delete: flags.has('--delete'),
    write: flags.has('--write'),
    root,
    dirs,
  }
}
