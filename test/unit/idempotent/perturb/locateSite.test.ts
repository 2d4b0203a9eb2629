import { describe, expect, test } from 'vitest'
import { captureStack, locateSite } from '../../../../src/idempotent/perturb/locateSite'

const cwd = '/home/dev/shop'
const root = '/home/dev/shop/node_modules/expect-deterministic/dist/'

describe('locateSite', () => {
  test('finds the first frame outside the library and the runtime, relative to the project', () => {
    const stack = [
      'Error: site',
      `    at captureStack (${root}index.js:10:5)`,
      `    at Object.readdirSync (${root}index.js:99:1)`,
      '    at Array.map (<anonymous>)',
      '    at node:internal/fs/utils:1:2',
      '    at listDocs (file:///home/dev/shop/src/docs.ts:12:23)',
      '    at /home/dev/shop/test/docs.test.ts:4:1',
    ].join('\n')
    expect(locateSite(stack, cwd, root)).toBe('src/docs.ts:12:23')
  })

  test('answers undefined when every frame is the library’s or the runtime’s', () => {
    expect(
      locateSite(`Error\n    at x (${root}index.js:1:1)\n    at native`, cwd, root),
    ).toBeUndefined()
  })

  test('finds the caller of a stack taken here, skipping this repository’s src/', () => {
    expect(locateSite(captureStack(), process.cwd())).toMatch(
      /^test\/unit\/idempotent\/perturb\/locateSite\.test\.ts:\d+:\d+$/,
    )
  })
})
