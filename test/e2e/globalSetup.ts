import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const root = resolve(import.meta.dirname, '../..')

/**
 * Builds and packs the package once for the whole e2e run, so every e2e test installs the same
 * tarball a user would get from the registry.
 */
export default function setup(project: TestProject): void {
  const packDir = join(root, '.tmp', 'pack')
  rmSync(packDir, { recursive: true, force: true })
  mkdirSync(packDir, { recursive: true })
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: root, stdio: 'ignore' })
  const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack produced no tarball')
  project.provide('tarball', join(packDir, tarball))
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string
  }
}
