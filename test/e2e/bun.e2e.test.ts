import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { createProject, run, type RunResult } from './project'

// Bun's test runner with `preload = ["expect-deterministic/bun"]`, Bun from the registry's `bun`
// package. Bun runs every file in one process and reports on stderr.

const bunfig = '[test]\npreload = ["expect-deterministic/bun"]\n'
const bunTest = (
  dir: string,
  args: string[] = [],
  env?: Record<string, string | undefined>,
): RunResult => run(inject('bun'), ['test', ...args], dir, env)

const checks = `
import { describe, expect, test } from 'bun:test'
describe('catalog', () => {
  test('tags in any order, Bun matchers inside', () => {
    expect([{ id: 2, tags: ['b', 'a'] }, { id: 1, tags: [] }]).toEqualUnordered([{ id: expect.any(Number), tags: [] }, { id: 2, tags: ['a', 'b'] }])
    expect({ tags: ['b', 'a'] }).toEqual({ tags: expect.toEqualUnordered(['a', 'b']) })
  })
  test('strict compares like toStrictEqual', () => {
    expect(() => expect([{ a: undefined }]).toEqualUnordered([{}], { strict: true })).toThrow(/absent in expected, undefined in received/)
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
  test('a golden without a name', () => {
    expect({ a: 1 }).toMatchGoldenSorted()
  })
})
`

const golden = (value: string): string => `
import { test, expect } from 'bun:test'
test('report', () => {
  expect({ version: ${value}, owners: new Set(['bob', 'ann']) }).toMatchGoldenSorted('weekly')
})
`

function goldens(dir: string): string[] {
  const folder = join(dir, 'test', '__golden__', 'report.test.ts')
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

describe('Bun (expect-deterministic/bun)', () => {
  test("passes when the matchers hold, and fails with the matchers' messages when not", () => {
    const dir = createProject('bun', { 'bunfig.toml': bunfig, 'test/catalog.test.ts': checks })
    const result = bunTest(dir)
    expect(result.output).toMatch(/\b3 pass\n 3 fail\n/)
    expect(result.code).toBe(1)
    expect(result.output).toContain(`expect(received).toEqualUnordered(expected)

Expected the arrays to hold the same elements in any order, each as many times; nested arrays are unordered too.

At $: 1 missing, 0 extra (received 2 elements, expected 3; 2 paired).`)
    expect(result.output).toMatch(
      /expect\(received\)\.toBeIdempotent\(expected\)\n\nThe output depends on 'order': [\s\S]*Replay with \{ shuffle: true, seed: \d+ \}\.\n\nExpected every call to return the same output, but call \d of 5 differs from call 1\./,
    )
    expect(result.output).toContain(
      'Matcher error: under Bun the golden needs a `name` argument, unique in the test file',
    )
  })

  test('passes when goldens are written locally, read back, kept in CI and rewritten by bun test -u', () => {
    const dir = createProject('bun-golden', {
      'bunfig.toml': bunfig,
      'test/report.test.ts': golden('1'),
    })
    const file = join(dir, 'test/__golden__/report.test.ts/weekly.golden')

    const ci = bunTest(dir, [], { CI: 'true' })
    expect(ci.code, ci.output).toBe(1)
    expect(ci.output).toContain('it was not written because a CI environment was detected')
    expect(goldens(dir)).toEqual([])

    expect(bunTest(dir).code).toBe(0)
    expect(goldens(dir)).toEqual(['weekly.golden'])
    expect(bunTest(dir, [], { CI: 'true' }).code).toBe(0)

    writeFileSync(join(dir, 'test/report.test.ts'), golden('2'))
    const changed = bunTest(dir, [], { CI: 'true' })
    expect(changed.code).toBe(1)
    expect(changed.output).toContain(
      'Expected the canonical text of the received value to match the golden file test/__golden__/report.test.ts/weekly.golden.',
    )
    expect(changed.output).toMatch(/- {3}"version": 1\n\+ {3}"version": 2/)

    for (const flag of ['-u', '--update-snapshots']) {
      writeFileSync(join(dir, 'test/report.test.ts'), golden(flag === '-u' ? '3' : '4'))
      const update = bunTest(dir, [flag], { CI: 'true' })
      expect(update.code, update.output).toBe(0)
      expect(readFileSync(file, 'utf8')).toContain(`"version": ${flag === '-u' ? 3 : 4}`)
    }
  })
})
