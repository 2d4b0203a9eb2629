import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, runPlaywright } from './project'

// Playwright Test with `base.extend(matchers)`, from the repository's @playwright/test; API-style
// tests only, so no browser is installed or started.

const config = `import { defineConfig } from '@playwright/test'
export default defineConfig({ testDir: 'tests', workers: 1 })
`
const setup = `import { expect as base, test } from '@playwright/test'
import { matchers } from 'expect-deterministic/playwright'
const expect = base.extend(matchers)
`

const checks = `${setup}
test.describe('catalog', () => {
  test('tags in any order, Playwright matchers inside', () => {
    expect([{ id: 2, tags: ['b', 'a'] }, { id: 1, tags: [] }]).toEqualUnordered([{ id: expect.any(Number), tags: [] }, { id: 2, tags: ['a', 'b'] }])
    expect({ tags: ['b', 'a'] }).toEqual({ tags: expect.toEqualUnordered(['a', 'b']) })
  })
  test('async calls', async () => {
    await expect(async () => 'same').toBeIdempotent(3, { concurrent: true })
  })
  test('a missing tag', () => {
    expect(['b', 'a']).toEqualUnordered(['a', 'b', 'c'])
  })
  test('a report in insertion order', () => {
    expect((m: Map<string, number>) => [...m.keys()]).toBeIdempotent({ args: [new Map([['b', 1], ['a', 2]])], shuffle: true })
  })
})
`

const golden = (value: string): string => `${setup}
test.describe('weekly', () => {
  test('report', () => {
    expect({ version: ${value}, owners: new Set(['bob', 'ann']) }).toMatchGoldenSorted()
  })
})
`

function goldens(dir: string): string[] {
  const folder = join(dir, 'tests', '__golden__', 'report.spec.ts')
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

describe('Playwright Test (expect-deterministic/playwright)', () => {
  test("passes when the matchers hold, and fails with the matchers' messages when not", () => {
    const dir = createProject('playwright', {
      'playwright.config.ts': config,
      'tests/catalog.spec.ts': checks,
    })
    const result = runPlaywright(dir)
    expect(result.output).toMatch(/\b2 failed\b[\s\S]*\b2 passed\b/)
    expect(result.code).toBe(1)
    expect(result.output).toContain(`Error: expect(received).toEqualUnordered(expected)

    Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

    At $: 1 missing, 0 extra (received 2 elements, expected 3; 2 paired).`)
    expect(result.output).toMatch(
      /Error: expect\(received\)\.toBeIdempotent\(expected\)\n\n {4}The output depends on 'order': [\s\S]*Replay with \{ shuffle: true, seed: \d+ \}\.\n\n {4}Expected every call to return the same output, but call \d of 5 differs from call 1\./,
    )
  })

  test('passes when goldens are named after the test, written locally, kept in CI and rewritten by -u', () => {
    const dir = createProject('playwright-golden', {
      'playwright.config.ts': config,
      'tests/report.spec.ts': golden('1'),
    })
    const name = 'weekly-report.1.golden'

    const ci = runPlaywright(dir, [], { CI: 'true' })
    expect(ci.code, ci.output).toBe(1)
    expect(ci.output).toContain('it was not written because a CI environment was detected')
    expect(goldens(dir)).toEqual([])

    expect(runPlaywright(dir).code).toBe(0)
    expect(goldens(dir)).toEqual([name])
    expect(runPlaywright(dir, [], { CI: 'true' }).code).toBe(0)
    // Each repeat claims the same golden again: no conflict.
    expect(runPlaywright(dir, ['--repeat-each=2'], { CI: 'true' }).code).toBe(0)

    writeFileSync(join(dir, 'tests/report.spec.ts'), golden('2'))
    const changed = runPlaywright(dir, [], { CI: 'true' })
    expect(changed.code).toBe(1)
    // Relative to the folder of playwright.config.ts, with Playwright's own `-u` as advice.
    expect(changed.output).toContain(
      `Expected the canonical text of the received value to match the golden file tests/__golden__/report.spec.ts/${name}.`,
    )
    expect(changed.output).toContain(
      'To accept the change: run the tests again with -u, or set EXPECT_DETERMINISTIC_UPDATE=all.',
    )
    const none = runPlaywright(dir, ['--update-snapshots=none'])
    expect(none.code).toBe(1)

    const update = runPlaywright(dir, ['-u'], { CI: 'true' })
    expect(update.code, update.output).toBe(0)
    expect(readFileSync(join(dir, 'tests/__golden__/report.spec.ts', name), 'utf8')).toContain(
      '"version": 2',
    )
  })
})
