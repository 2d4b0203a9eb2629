// Type tests: one TypeScript program per runner and version, each with `skipLibCheck: false` so a
// broken augmentation cannot pass silently, and `types` naming only `node` and the runner's own
// globals (no automatic @types inclusion). They read the built package: the folders inside the
// repository resolve `expect-deterministic/*` through its own exports map; vitest5/, node-test/
// and bun/ have installs of their own (Vitest 5 cannot share node_modules with Vitest 4,
// assert.register needs @types/node 22, Bun's types redefine Node's globals) and get the packed
// tarball.
// Run `npm run pack:tarball` (build + pack) first.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const tarball = join(root, '.tmp/pack/expect-deterministic.tgz')
const npm = (args, cwd) =>
  execFileSync(
    'npm',
    [...args, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    // npm's "added N packages" goes nowhere; its errors still reach stderr.
    { cwd, stdio: ['ignore', 'ignore', 'inherit'] },
  )

/** Installs a suite's own dependencies (once) and the packed tarball. */
function prepare(suite) {
  const dir = join(here, suite)
  if (!existsSync(tarball))
    throw new Error(`${tarball} is missing: run \`npm run pack:tarball\` first`)
  if (!existsSync(join(dir, 'node_modules/expect-type/package.json')))
    npm(['ci', '--engine-strict=false'], dir)
  npm(['install', '--no-save', '--engine-strict=false', tarball], dir)
}

const suites = [
  'vitest',
  'jest',
  'jest-cjs',
  'jest-globals',
  'expect',
  'jest29',
  'plain',
  'playwright',
  'vitest5',
  'node-test',
  'bun',
]
const ownInstall = new Set(['vitest5', 'node-test', 'bun'])
let passed = 0
let failed = 0
for (const suite of suites) {
  if (ownInstall.has(suite)) prepare(suite)
  const result = spawnSync(process.execPath, [tsc, '-p', join(here, suite)], {
    cwd: root,
    encoding: 'utf8',
  })
  const ok = result.status === 0
  ok ? passed++ : failed++
  console.log(`${ok ? 'ok' : 'FAILED'} types/${suite}`)
  if (!ok) console.log(`${result.stdout}${result.stderr}`)
}
console.log(`types: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
