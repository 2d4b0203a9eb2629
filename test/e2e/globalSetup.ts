import type { TestProject } from 'vitest/node'
import { freshTarball } from '../pack.mjs'
import { installTool, TOOLS } from './tools'

/**
 * Builds and packs the package once for the whole e2e run (or reuses the tarball `npm test`
 * packed for the package lint, when nothing changed since), so every e2e test installs the same
 * tarball a user would get from the registry.
 */
export function setup(project: TestProject): void {
  project.provide('tarball', freshTarball())
  // Installed here, once, before the test files run in parallel.
  project.provide('node22', installTool(TOOLS.node22, 'node'))
  project.provide('bun', installTool(TOOLS.bun, 'bun'))
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string
    /** Node 22's binary, for node:test's `assert.register`. */
    node22: string
    /** Bun's binary. */
    bun: string
  }
}
