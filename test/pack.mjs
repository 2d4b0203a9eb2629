// Builds the package and packs it as `.tmp/pack/expect-deterministic.tgz`: the one tarball that the
// package lint, smoke scripts, e2e tests and examples install, as a user would install a release.
// Usage: `node test/pack.mjs` (prints the tarball's path).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const packDir = join(repoRoot, '.tmp', 'pack')
export const tarballPath = join(packDir, 'expect-deterministic.tgz')

/** Runs `npm run build`, then `npm pack`; returns the tarball's absolute path. */
export function packTarball() {
  rmSync(packDir, { recursive: true, force: true })
  mkdirSync(packDir, { recursive: true })
  // npm prints lifecycle and build output on stdout; keep it off ours so the path is the last line.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: ['ignore', 2, 2] })
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 2],
  })
  const packed = readdirSync(packDir).find((file) => file.endsWith('.tgz'))
  if (!packed) throw new Error('npm pack produced no tarball')
  renameSync(join(packDir, packed), tarballPath)
  return tarballPath
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(packTarball())
}
