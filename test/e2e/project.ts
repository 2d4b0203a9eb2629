import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { inject } from 'vitest'

/** The repository root: fixture projects live below it so they resolve vitest and jest from it. */
export const repoRoot = resolve(import.meta.dirname, '../..')

let counter = 0

/**
 * Creates a throw-away project under `.tmp/e2e/` with `files` and installs the packed tarball into
 * it with npm, exactly as a user would. Test runners (vitest, jest) resolve from the repository's
 * own node_modules, one level up, so nothing else is downloaded.
 */
export function createProject(name: string, files: Record<string, string>): string {
  const dir = join(repoRoot, '.tmp', 'e2e', `${name}-${process.pid}-${counter++}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const manifest = { name: `e2e-${name}`, private: true, version: '0.0.0' }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', inject('tarball')],
    dir,
  )
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.output}`)
  return dir
}

/** Result of a child process: exit code and interleaved output. */
export interface RunResult {
  code: number
  output: string
}

/** Runs a command to completion; `CI` is cleared unless `env` sets it, so modes are explicit. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 240_000,
  })
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}

/** Runs Vitest in `dir` (`vitest run` plus `args`). */
export const runVitest = (
  dir: string,
  args: string[] = [],
  env?: Record<string, string | undefined>,
): RunResult =>
  run(
    process.execPath,
    [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', ...args],
    dir,
    env,
  )

/** Runs Jest in `dir` (`jest` plus `args`). */
export const runJest = (
  dir: string,
  args: string[] = [],
  env?: Record<string, string | undefined>,
): RunResult =>
  run(process.execPath, [join(repoRoot, 'node_modules/jest/bin/jest.js'), ...args], dir, env)

/** Runs Playwright Test in `dir` (`playwright test` plus `args`), from the repository's install. */
export const runPlaywright = (
  dir: string,
  args: string[] = [],
  env?: Record<string, string | undefined>,
): RunResult =>
  run(
    process.execPath,
    [join(repoRoot, 'node_modules/@playwright/test/cli.js'), 'test', '--reporter=list', ...args],
    dir,
    env,
  )
