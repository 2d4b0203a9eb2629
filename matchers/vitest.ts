/**
 * Setup entry for Vitest 3.2 to 4: `setupFiles: ['expect-deterministic/vitest']` registers the
 * matchers with Vitest's `expect`. Its types (the `Matchers` augmentation) are hand-written in
 * `vitest.d.mts`, so that a bundler cannot drop them and this repository's own tests keep theirs.
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
