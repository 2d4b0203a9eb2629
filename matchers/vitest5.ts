/**
 * Setup entry for Vitest 5: `setupFiles: ['expect-deterministic/vitest5']` registers the matchers
 * with Vitest's `expect`. Its types are hand-written in `vitest5.d.mts`: they augment Vitest 5's
 * `Matchers<R, T>`, which cannot be compiled against the Vitest 4 this repository builds with.
 * @packageDocumentation
 */
import { afterAll, beforeAll, expect } from 'vitest'
import { matchers } from './index'
import { installVitestGoldenHooks } from './vitestGoldenHooks'

expect.extend(matchers)
installVitestGoldenHooks({ beforeAll, afterAll, expect })
