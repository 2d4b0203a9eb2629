// Runs every example project against the packed package, the way a user would: pack, install
// the tarball into the example next to its own test runner, run `npm test`.
//
//   node examples/run.mjs                  all: vitest, jest, jest-globals, the Jest example on
//                                          Jest 29, the Vitest example on Vitest 5 under Node 22,
//                                          node-test (Node 22), mocha, bun and playwright
//   node examples/run.mjs jest vitest5     only some of them
//   node examples/run.mjs --tarball x.tgz  use an existing tarball instead of building one
//
// Each runner prints the name of every test, so the run shows what each example catches. Colour
// follows this script's own output: a colour terminal gets it, a file or a pipe does not.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packTarball } from '../test/pack.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const NODE22 = 'node@22.23.3'
// The `node` package of the npm registry ships Node 22's binary, and npx puts it first on PATH,
// so `npm test` (and every script it starts) runs on it.
const onNode22 = ['npx', '--yes', '-p', NODE22, '--', 'npm', 'test', '--silent']

/** Each variant: the example folder, and for copies the changes that make the variant. */
const variants = {
  vitest: { dir: 'vitest' },
  jest: { dir: 'jest' },
  'jest-globals': { dir: 'jest-globals' },
  jest29: { dir: 'jest', copy: { devDependencies: { jest: '29.6.3' } } },
  vitest5: {
    dir: 'vitest',
    copy: {
      devDependencies: { vitest: '5.1.1', '@types/node': '22.20.5' },
      replace: {
        'vitest.config.ts': ["'expect-deterministic/vitest'", "'expect-deterministic/vitest5'"],
        'setup.d.ts': ["'expect-deterministic/vitest'", "'expect-deterministic/vitest5'"],
      },
    },
    // Vitest 5 needs Node 22.
    command: onNode22,
  },
  // t.assert.register needs Node 22.14.
  'node-test': { dir: 'node-test', command: onNode22 },
  mocha: { dir: 'mocha' },
  bun: { dir: 'bun' },
  playwright: { dir: 'playwright' },
}

/** The environment of the examples: colour only when this script writes to a colour terminal. */
function exampleEnv() {
  const env = { ...process.env }
  const forced = env.FORCE_COLOR !== undefined && !['0', 'false'].includes(env.FORCE_COLOR)
  const color = forced || (process.stdout.isTTY === true && env.NO_COLOR === undefined)
  // The runners write into a pipe here, so they would decide on their own; some colour anyway
  // (Vitest looks at TERM only), which leaves raw escape codes in a redirected log.
  if (color) {
    env.FORCE_COLOR = '1'
    delete env.NO_COLOR
  } else {
    env.NO_COLOR = '1'
    delete env.FORCE_COLOR
  }
  return env
}

function parseArgs(argv) {
  const names = []
  let tarball
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tarball') tarball = resolve(argv[++i] ?? '')
    else names.push(argv[i])
  }
  for (const name of names)
    if (!(name in variants))
      throw new Error(`unknown example ${name}; known: ${Object.keys(variants).join(', ')}`)
  return { names: names.length > 0 ? names : Object.keys(variants), tarball }
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: exampleEnv(),
    maxBuffer: 64 * 1024 * 1024,
  })
  return {
    code: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  }
}

/** A copy of the example under .tmp/examples/<name>, with the variant's versions and edits. */
function prepareCopy(name, variant) {
  const target = join(root, '.tmp', 'examples', name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  cpSync(join(here, variant.dir), target, {
    recursive: true,
    filter: (src) => !src.includes('node_modules'),
  })
  const manifestPath = join(target, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  manifest.name = `example-${name}`
  Object.assign(manifest.devDependencies, variant.copy.devDependencies)
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  for (const [file, [from, to]] of Object.entries(variant.copy.replace ?? {})) {
    const text = readFileSync(join(target, file), 'utf8')
    if (!text.includes(from))
      throw new Error(`${file} of example ${variant.dir} no longer contains ${from}`)
    writeFileSync(join(target, file), text.replace(from, to))
  }
  return target
}

/** Installs the example's own runner and the tarball, then runs its tests. */
export function runExample(name, tarball) {
  const variant = variants[name]
  const dir = variant.copy ? prepareCopy(name, variant) : join(here, variant.dir)
  // A tarball of the same version would otherwise count as already installed.
  rmSync(join(dir, 'node_modules', 'expect-deterministic'), { recursive: true, force: true })
  const install = run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--engine-strict=false',
      '--loglevel=error',
      tarball,
    ],
    dir,
  )
  if (install.code !== 0)
    return { code: install.code, output: `npm install failed in ${dir}\n${install.output}` }
  const [command, ...args] = variant.command ?? ['npm', 'test', '--silent']
  return run(command, args, dir)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { names, tarball: given } = parseArgs(process.argv.slice(2))
  const tarball = given ?? packTarball()
  if (!existsSync(tarball)) throw new Error(`no tarball at ${tarball}`)
  let passed = 0
  let failed = 0
  for (const name of names) {
    console.log(`\n=== example ${name} ===`)
    const result = runExample(name, tarball)
    console.log(result.output.trimEnd())
    result.code === 0 ? passed++ : failed++
    console.log(
      `=== example ${name}: ${result.code === 0 ? 'passed' : `FAILED (exit code ${result.code})`} ===`,
    )
  }
  console.log(`\nexamples: ${passed} passed, ${failed} failed`)
  process.exitCode = failed === 0 ? 0 : 1
}
