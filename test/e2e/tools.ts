import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '../..')

/** Node 22 (for node:test's `assert.register`) and Bun, from the registry's `node` and `bun` packages. */
export const TOOLS = { node22: 'node@22.23.3', bun: 'bun@1.4.4' } as const

/**
 * The path of a binary from an npm package, installed once under `.tmp/tools/` (the registry's
 * `node` and `bun` packages ship their binaries). Called from the global setup, before the test
 * files run in parallel.
 */
export function installTool(spec: string, bin: string): string {
  const dir = join(repoRoot, '.tmp', 'tools', spec.replace(/[^A-Za-z0-9.-]/g, '_'))
  const path = join(dir, 'node_modules', '.bin', bin)
  if (existsSync(path)) return path
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n')
  const install = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-save',
      '--loglevel=error',
      spec,
    ],
    { cwd: dir, encoding: 'utf8' },
  )
  if (install.status !== 0 || !existsSync(path))
    throw new Error(`npm install ${spec} failed:\n${install.stdout}${install.stderr}`)
  return path
}
