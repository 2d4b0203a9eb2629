// CommonJS Playwright configs and tests read the CommonJS declarations.
import { expect as base } from '@playwright/test'
import { matchers } from 'expect-deterministic/playwright'
import { expectTypeOf } from 'expect-type'

const expect = base.extend(matchers)
expectTypeOf(expect([1]).toEqualUnordered([1])).toEqualTypeOf<void>()
