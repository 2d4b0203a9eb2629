/**
 * Setup entry for Vitest 5: `setupFiles: ['expect-deterministic/vitest5']` registers the matchers
 * with Vitest's `expect`. Its types are hand-written in `vitest5.d.mts`: they augment Vitest 5's
 * `Matchers<R, T>`, which cannot be compiled against the Vitest 4 this repository builds with.
 * @packageDocumentation
 */
import { expect } from 'vitest'
import { matchers } from './index'
import { installUnorderedAsymmetric } from './unorderedAsymmetric'

expect.extend(matchers)
// Vitest's diff shows an asymmetric matcher's sample: make it the expected value, not the options.
installUnorderedAsymmetric(expect)
