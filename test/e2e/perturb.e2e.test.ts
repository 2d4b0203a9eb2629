import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, runJest, runVitest } from './project'

// One file of perturbation cases, run by real Jest and real Vitest against the packed package.
const cases = readFileSync(join(import.meta.dirname, 'fixtures', 'perturbCases.cjs'), 'utf8')
const caseCount = (cases.match(/^ {2}test\(/gm) ?? []).length
const docs = {
  'docs/intro.md': '# Intro\n',
  'docs/setup.md': '# Setup\n',
  'docs/usage.md': '# Usage\n',
}

// A test whose call never settles times out; the setup entry's hook must restore the globals
// before the next test, and fail the test that left them patched.
const hanging = (style: 'esm' | 'cjs') => {
  const header =
    style === 'esm'
      ? "import { expect, test } from 'vitest'\n"
      : "const { expect, test } = require('@jest/globals')\n"
  return (
    header +
    [
      'const original = Math.random',
      "test('hangs', async () => {",
      '  await expect(() => new Promise(() => {})).toBeIdempotent({ perturb: true })',
      '}, 300)',
      "test('runs with every global restored', () => {",
      '  expect(Math.random).toBe(original)',
      '})',
      '',
    ].join('\n')
  )
}

describe('perturb under the real runners', () => {
  test('passes under Jest (CommonJS, a vm context per test file)', () => {
    const dir = createProject('perturb-jest', {
      'package.json': JSON.stringify({
        name: 'perturb-jest',
        private: true,
        jest: {
          testEnvironment: 'node',
          transform: {},
          setupFilesAfterEnv: ['expect-deterministic/jest'],
        },
      }),
      ...docs,
      'docs.cjs': [
        "const fs = require('node:fs')",
        "module.exports = (dir) => fs.readdirSync(dir).map((f) => f.replace('.md', ''))",
        '',
      ].join('\n'),
      'perturbCases.cjs': cases,
      'cases.test.js': "require('./perturbCases.cjs')(test, expect, require('./docs.cjs'))\n",
      'hanging.test.js': hanging('cjs'),
    })
    const result = runJest(dir, ['--ci', 'cases'])
    expect(result.output).toMatch(new RegExp(`Tests:\\s+${caseCount} passed, ${caseCount} total`))
    expect(result.code, result.output).toBe(0)
    const hung = runJest(dir, ['--ci', 'hanging'])
    expect(hung.output).toMatch(/Tests:\s+1 failed, 1 passed, 2 total/)
    expect(hung.output).toMatch(/a check with `perturb` was still running when the test ended/)
  })

  test('passes under Vitest in worker threads (ESM, a named import of node:fs)', () => {
    const dir = createProject('perturb-vitest', {
      'package.json': JSON.stringify({ name: 'perturb-vitest', private: true, type: 'module' }),
      'vitest.config.mjs':
        "export default { test: { pool: 'threads', setupFiles: ['expect-deterministic/vitest'] } }\n",
      ...docs,
      'docs.mjs': [
        "import { readdirSync } from 'node:fs'",
        "export const listDocs = (dir) => readdirSync(dir).map((f) => f.replace('.md', ''))",
        '',
      ].join('\n'),
      'perturbCases.cjs': cases,
      'cases.test.mjs': [
        "import { createRequire } from 'node:module'",
        "import { expect, test } from 'vitest'",
        "import { listDocs } from './docs.mjs'",
        "createRequire(import.meta.url)('./perturbCases.cjs')(test, expect, listDocs)",
        '',
      ].join('\n'),
      'hanging.test.mjs': hanging('esm'),
    })
    const result = runVitest(dir, ['cases'])
    expect(result.output).toMatch(new RegExp(`Tests\\s+${caseCount} passed \\(${caseCount}\\)`))
    expect(result.code, result.output).toBe(0)
    const hung = runVitest(dir, ['hanging'])
    expect(hung.output).toMatch(/Tests\s+1 failed \| 1 passed \(2\)/)
    expect(hung.output).toMatch(/a check with `perturb` was still running when the test ended/)
  })
})
