// The matchers' types come with the setup entry named in vitest.config.ts.
import type {} from 'expect-deterministic/vitest'
