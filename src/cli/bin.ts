/**
 * The `expect-deterministic` command (`npx expect-deterministic review`): built by tsup into
 * `dist/cli.js`, which `package.json` names in `bin`.
 * @packageDocumentation
 */
import { processIo } from './cliIo'
import { runCli } from './runCli'

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `expect-deterministic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
