import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, repoRoot, run, runVitest } from './project'

// The README's Vitest setup, exactly as written, in a project made the way a new user makes one:
// sources in src/ and test/, a tsconfig.json that includes only those. Both snippets are read from
// the README, so the README cannot drift from what works.

/** The code blocks of the README's "Vitest 3.2 to 4" section, each as `{ path, text }`. */
function vitestSnippets(): { path: string; text: string }[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('### Vitest 3.2 to 4')
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1))
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => {
    const text = match[1] as string
    const path = /^\/\/ (\S+)/.exec(text)?.[1]
    if (path === undefined)
      throw new Error(`a README snippet does not start with its file name:\n${text}`)
    return { path, text }
  })
}

const tsconfig = JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      // As `tsc --init` writes it.
      skipLibCheck: true,
      types: ['node'],
    },
    include: ['src', 'test'],
  },
  null,
  2,
)

const testFile = `import { expect, test } from 'vitest'
import { tags } from '../src/tags.js'

test('tags come back in any order', () => {
  expect(tags()).toEqualUnordered(['a', 'b', 'c'])
})

test('the tag list is idempotent', () => {
  expect(tags).toBeIdempotent(3)
})
`

const tsc = (dir: string) =>
  run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', dir], dir)

describe("the README's Vitest setup", () => {
  test('passes tsc and Vitest in a new project with exactly the two snippets', () => {
    const snippets = vitestSnippets()
    expect(snippets.map((s) => s.path)).toEqual([
      'vitest.config.ts',
      'test/expect-deterministic.d.ts',
    ])
    const dir = createProject('readme-vitest', {
      'package.json': '{ "type": "module" }',
      'tsconfig.json': tsconfig,
      'src/tags.ts': "export const tags = (): string[] => [...new Set(['c', 'a', 'b'])]\n",
      'test/tags.test.ts': testFile,
      ...Object.fromEntries(snippets.map((s) => [s.path, s.text])),
    })
    const types = tsc(dir)
    expect(types.output).toBe('')
    expect(types.code).toBe(0)
    const tests = runVitest(dir)
    expect(tests.output).toMatch(/Tests\s+2 passed \(2\)/)
    expect(tests.code).toBe(0)

    // The type line is what makes it compile: without it, TS2339 as the README says.
    rmSync(join(dir, 'test/expect-deterministic.d.ts'))
    const without = tsc(dir)
    expect(without.code).toBe(2)
    expect(without.output).toContain("error TS2339: Property 'toEqualUnordered' does not exist")
  })
})
