// Smoke scripts: install the packed tarball into a throw-away project and load every entry the
// way Node does, through `require` and through `import` (node:test, no transpiler involved).
// Run `npm run pack:tarball` first.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const tarball = join(root, '.tmp/pack/expect-deterministic.tgz')
if (!existsSync(tarball))
  throw new Error(`${tarball} is missing: run \`npm run pack:tarball\` first`)

// Inside the repository, so the standalone `expect` package resolves from its node_modules.
const dir = join(root, '.tmp', 'smoke')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify({ name: 'smoke', private: true, version: '0.0.0' }),
)
execFileSync(
  'npm',
  [
    'install',
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
    tarball,
  ],
  // npm's "added N packages" goes nowhere; its errors still reach stderr.
  { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
)
const files = ['require.test.cjs', 'import.test.mjs']
for (const file of files) copyFileSync(join(here, file), join(dir, file))
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {
  cwd: dir,
  stdio: 'inherit',
})
process.exitCode = result.status ?? 1
