import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, runJest, runVitest } from './project'

// One file of cases, run by real Jest and real Vitest against the packed package, so the two
// runners are held to the same behaviour and the same message wording.
const cases = readFileSync(join(import.meta.dirname, 'fixtures', 'matcherCases.cjs'), 'utf8')
const caseCount = (cases.match(/^ {2}test\(/gm) ?? []).length

describe('the same matcher cases under both runners', () => {
  test('passes under Jest (CommonJS, global expect)', () => {
    const dir = createProject('cases-jest', {
      'package.json': JSON.stringify({
        name: 'cases-jest',
        private: true,
        jest: {
          testEnvironment: 'node',
          transform: {},
          setupFilesAfterEnv: ['expect-deterministic/jest'],
        },
      }),
      'matcherCases.cjs': cases,
      'cases.test.js': "require('./matcherCases.cjs')(test, expect)\n",
    })
    const result = runJest(dir, ['--ci'])
    expect(result.output).toMatch(new RegExp(`Tests:\\s+${caseCount} passed, ${caseCount} total`))
    expect(result.code, result.output).toBe(0)
  })

  test('passes under Vitest (ESM, setupFiles)', () => {
    const dir = createProject('cases-vitest', {
      'package.json': JSON.stringify({ name: 'cases-vitest', private: true, type: 'module' }),
      'vitest.config.mjs':
        "export default { test: { setupFiles: ['expect-deterministic/vitest'] } }\n",
      'matcherCases.cjs': cases,
      'cases.test.mjs': [
        "import { createRequire } from 'node:module'",
        "import { expect, test } from 'vitest'",
        "createRequire(import.meta.url)('./matcherCases.cjs')(test, expect)",
        '',
      ].join('\n'),
    })
    const result = runVitest(dir)
    expect(result.output).toMatch(new RegExp(`Tests\\s+${caseCount} passed \\(${caseCount}\\)`))
    expect(result.code, result.output).toBe(0)
  })
})
