/**
 * Setup entry for Jest 29 and 30: `setupFilesAfterEnv: ['expect-deterministic/jest']` registers the
 * matchers with Jest's global `expect` and brings their types for the global `expect` of
 * `@types/jest`, for `import { expect } from '@jest/globals'` and for the `expect` package.
 * Written by hand (the build copies it to `dist/jest.d.ts` and `dist/jest.d.cts`), checked by the
 * type tests with `skipLibCheck: false`.
 * @packageDocumentation
 */
// Puts 'expect' in the program: without it TypeScript rejects the augmentation below.
import type {} from 'expect'
import type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

declare module 'expect' {
  // The `expect` package (29, 30), which `@jest/expect` and `@jest/globals` extend.
  interface Matchers<R extends void | Promise<void>, T = unknown> extends DeterministicMatchers<
    R,
    T
  > {}
  interface AsymmetricMatchers extends DeterministicAsymmetricMatchers<void> {}
}

declare global {
  // The global `expect` typed by `@types/jest`. Without `@types/jest` this merges into a namespace
  // nobody uses, which is harmless.
  namespace jest {
    interface Matchers<R, T = {}> extends DeterministicMatchers<R, T> {}
    interface Expect extends DeterministicAsymmetricMatchers<any> {}
    interface InverseAsymmetricMatchers extends DeterministicAsymmetricMatchers<any> {}
  }
}
