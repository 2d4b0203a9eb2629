// Type tests: one TypeScript program per runner and version, each with `skipLibCheck: false` so a
// broken augmentation cannot pass silently, and `types` naming only `node` and the runner's own
// globals (no automatic @types inclusion). They read the built package: the folders inside the
// repository resolve `expect-deterministic/*` through its own exports map; vitest5/, node-test/
// and bun/ have installs of their own (Vitest 5 cannot share node_modules with Vitest 4,
// assert.register needs @types/node 22, Bun's types redefine Node's globals) and get the packed
// tarball.
// Run `npm run pack:tarball` (build + pack) first.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
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

/** Runs tsc on one suite; resolves with its exit code and output. */
function check(suite) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', join(here, suite)], { cwd: root })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => done({ suite, ok: code === 0, output }))
  })
}

// Installs first, one at a time; then one tsc per core, since each is single-threaded.
for (const suite of suites) if (ownInstall.has(suite)) prepare(suite)
const queue = [...suites]
const results = new Map()
const worker = async () => {
  for (let suite = queue.shift(); suite !== undefined; suite = queue.shift())
    results.set(suite, await check(suite))
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), suites.length) }, worker))

let passed = 0
let failed = 0
for (const suite of suites) {
  const { ok, output } = results.get(suite)
  ok ? passed++ : failed++
  console.log(`${ok ? 'ok' : 'FAILED'} types/${suite}`)
  if (!ok) console.log(output)
}
console.log(`types: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
