/**
 * Setup entry for Vitest 5: `setupFiles: ['expect-deterministic/vitest5']` registers the matchers
 * with Vitest's `expect`. Its types are hand-written in `vitest5.d.mts`: they augment Vitest 5's
 * `Matchers<R, T>`, which cannot be compiled against the Vitest 4 this repository builds with.
 * @packageDocumentation
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { matchers } from './index'
import { restoreAfterTest } from './restoreAfterTest'
import { installUnorderedAsymmetric } from './unorderedAsymmetric'
import { installVitestGoldenHooks } from './vitestGoldenHooks'

expect.extend(matchers)
// Vitest's diff shows an asymmetric matcher's sample: make it the expected value, not the options.
installUnorderedAsymmetric(expect)
// A perturbed check left open by a test that ended early is restored before the next test.
afterEach(restoreAfterTest)
installVitestGoldenHooks({ beforeAll, afterAll, expect })
