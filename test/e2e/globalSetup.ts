import type { TestProject } from 'vitest/node'
import { packTarball } from '../pack.mjs'

/**
 * Builds and packs the package once for the whole e2e run, so every e2e test installs the same
 * tarball a user would get from the registry.
 */
export function setup(project: TestProject): void {
  project.provide('tarball', packTarball())
}

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string
  }
}
