// Builds the package and packs it as `.tmp/pack/expect-deterministic.tgz`: the one tarball that the
// package lint, smoke scripts, e2e tests and examples install, as a user would install a release.
// Usage: `node test/pack.mjs` (prints the tarball's path).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const packDir = join(repoRoot, '.tmp', 'pack')
export const tarballPath = join(packDir, 'expect-deterministic.tgz')

/** Runs `npm run build`, then `npm pack`; returns the tarball's absolute path. */
export function packTarball() {
  rmSync(packDir, { recursive: true, force: true })
  mkdirSync(packDir, { recursive: true })
  // The build log is shown only when the build fails: a green run stays short.
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`)
    throw new Error(`npm run build failed (exit code ${build.status})`)
  }
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 2],
  })
  const packed = readdirSync(packDir).find((file) => file.endsWith('.tgz'))
  if (!packed) throw new Error('npm pack produced no tarball')
  renameSync(join(packDir, packed), tarballPath)
  return tarballPath
}

/** The newest modification time under `path` (a file or a folder). */
function newest(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0)
}

/** What the tarball is built from: a change to any of them means packing again. */
const INPUTS = ['src', 'matchers', 'package.json', 'tsup.config.ts', 'README.md', 'LICENSE']

/**
 * The tarball, packed again only when something it is built from changed since it was packed,
 * so `npm test` (which packs for the package lint) builds once for all the steps after it.
 */
export function freshTarball() {
  if (existsSync(tarballPath)) {
    const packed = statSync(tarballPath).mtimeMs
    if (
      INPUTS.every(
        (input) => !existsSync(join(repoRoot, input)) || newest(join(repoRoot, input)) < packed,
      )
    )
      return tarballPath
  }
  return packTarball()
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(packTarball())
}
