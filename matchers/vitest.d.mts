/**
 * Setup entry for Vitest 3.2 to 4: `setupFiles: ['expect-deterministic/vitest']` registers the
 * matchers and brings their types. Vitest 5 changed `Matchers` and has its own entry,
 * `expect-deterministic/vitest5`. Written by hand (the build copies it to `dist/vitest.d.ts`),
 * checked by the type tests with `skipLibCheck: false`.
 * @packageDocumentation
 */
// Puts 'vitest' in the program: without it TypeScript rejects the augmentation below.
import type {} from 'vitest'
import type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

declare module 'vitest' {
  // Vitest 3.2-4 declare `Matchers<T = any>`; the parameter list must be repeated exactly. It is
  // merged into both `expect(x)` and `expect` itself (the asymmetric `expect.toEqualUnordered`).
  interface Matchers<T = any> extends DeterministicMatchers<void, T> {}
  // `expect.not.toEqualUnordered(...)`. `ExpectStatic` extends this interface and `Matchers<any>`,
  // so the member must have the very same type in both.
  interface AsymmetricMatchersContaining extends DeterministicAsymmetricMatchers<void> {}
}
