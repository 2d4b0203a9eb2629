/**
 * Setup entry for Bun's test runner: `preload = ["expect-deterministic/bun"]` under `[test]` in
 * `bunfig.toml` registers the matchers with `bun:test`'s `expect`, and this file types them for
 * `bun:test` (from `@types/bun`). Written by hand (the build copies it to `dist/bun.d.ts`),
 * checked by the type tests with `skipLibCheck: false`.
 * @packageDocumentation
 */
// Puts 'bun:test' in the program: without it TypeScript rejects the augmentation below.
import type {} from 'bun:test'
import type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

export type { DeterministicAsymmetricMatchers, DeterministicMatchers } from './index.js'

declare module 'bun:test' {
  // Bun declares `Matchers<T = unknown>`; the parameter list must be repeated exactly.
  interface Matchers<T = unknown> extends DeterministicMatchers<void, T> {}
  // `expect.toEqualUnordered([...])` inside another matcher.
  interface AsymmetricMatchers extends DeterministicAsymmetricMatchers<any> {}
}
