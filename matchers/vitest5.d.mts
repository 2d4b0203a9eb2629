/**
 * Setup entry for Vitest 5: `setupFiles: ['expect-deterministic/vitest5']` registers the matchers
 * and brings their types. Vitest 3.2 to 4 use `expect-deterministic/vitest`: their `Matchers`
 * interface has other type parameters, and one declaration cannot merge with both.
 * Written by hand (the build copies it to `dist/vitest5.d.ts`), checked by the Vitest 5 type tests.
 * @packageDocumentation
 */
// Puts 'vitest' in the program: without it TypeScript rejects the augmentation below.
import type {} from 'vitest'
import type { DeterministicMatchers } from './index.js'

export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

declare module 'vitest' {
  // Vitest 5's own parameter list, repeated exactly. Its `ExpectStatic` and
  // `AsymmetricMatchersContaining` extend `Matchers<any>`, so `expect.toEqualUnordered(...)` and
  // `expect.not.toEqualUnordered(...)` come with it.
  interface Matchers<
    R extends void | Promise<void> = void | Promise<void>,
    T = unknown,
  > extends DeterministicMatchers<R, T> {}
}
