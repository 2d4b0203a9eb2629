import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { runExample } from '../../examples/run.mjs'
import { repoRoot } from './project'

// Every example installs the packed tarball next to its own runner and runs its tests in CI mode:
// committed goldens must match and nothing may be written.
const examples = [
  { name: 'vitest', summary: /Tests\s+28 passed \(28\)/ },
  { name: 'jest', summary: /Tests:\s+26 passed, 26 total/ },
  { name: 'jest-globals', summary: /Tests:\s+4 passed, 4 total/ },
  { name: 'jest29', summary: /Tests:\s+26 passed, 26 total/ },
  { name: 'vitest5', summary: /Tests\s+28 passed \(28\)/ },
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
    ({ name, summary }) => {
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
