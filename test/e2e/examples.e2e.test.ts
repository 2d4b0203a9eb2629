import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { runExample } from '../../examples/run.mjs'
import { repoRoot } from './project'

// Every example installs the packed tarball next to its own runner and runs its tests in CI mode:
// committed goldens must match and nothing may be written. `shows` is a test name that says what
// the example catches, which the runner's verbose report must print.
const examples = [
  { name: 'vitest', summary: /Tests\s+28 passed \(28\)/, shows: /concurrent calls expose it/ },
  { name: 'jest', summary: /Tests:\s+26 passed, 26 total/, shows: /concurrent calls expose it/ },
  { name: 'jest-globals', summary: /Tests:\s+4 passed, 4 total/, shows: /shuffle catches it/ },
  { name: 'jest29', summary: /Tests:\s+26 passed, 26 total/, shows: /concurrent calls expose it/ },
  { name: 'vitest5', summary: /Tests\s+28 passed \(28\)/, shows: /concurrent calls expose it/ },
  { name: 'node-test', summary: /ℹ pass 6\nℹ fail 0\n/, shows: /shuffle catches it/ },
  { name: 'mocha', summary: /\b5 passing\b/, shows: /concurrent quotes expose it/ },
  { name: 'bun', summary: /\b6 pass\n 0 fail\n/, shows: /shuffle catches it/ },
  { name: 'playwright', summary: /\b4 passed\b/, shows: /toBeIdempotent shows the two orders/ },
]

/** Every file under an example's golden folders, to prove a CI run writes none. */
function goldenFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.includes('__golden__') && !file.includes('node_modules'))
    .sort()
}

describe('examples', () => {
  test.each(examples)(
    'passes when the $name example runs against the tarball',
    ({ name, summary, shows }) => {
      const source = join(repoRoot, 'examples', name.replace(/\d+$/, ''))
      const before = goldenFiles(source)
      const previous = {
        CI: process.env.CI,
        NO_COLOR: process.env.NO_COLOR,
        FORCE_COLOR: process.env.FORCE_COLOR,
      }
      Object.assign(process.env, { CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' })
      try {
        const result = runExample(name, inject('tarball'))
        expect(result.output).toMatch(summary)
        expect(result.code, result.output).toBe(0)
        // The verbose reporters name every test: the run shows what each example catches.
        expect(result.output).toMatch(shows)
        // A green run prints nothing a newcomer would read as trouble.
        expect(result.output).not.toContain('ExperimentalWarning')
        expect(result.output).not.toContain('\u001b[')
      } finally {
        for (const [key, value] of Object.entries(previous)) {
          if (value === undefined) delete process.env[key]
          else process.env[key] = value
        }
      }
      expect(goldenFiles(source)).toEqual(before)
    },
  )
})
