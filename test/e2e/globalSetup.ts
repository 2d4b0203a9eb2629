import type { TestProject } from 'vitest/node'
import { freshTarball } from '../pack.mjs'

/**
 * Builds and packs the package once for the whole e2e run (or reuses the tarball `npm test`
 * packed for the package lint, when nothing changed since), so every e2e test installs the same
 * tarball a user would get from the registry.
 */
export function setup(project: TestProject): void {
  project.provide('tarball', freshTarball())
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string
  }
}
