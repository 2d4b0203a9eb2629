import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { failureOf } from '../../helpers/failureOf'
import { useGoldenFixture } from '../../helpers/goldenFixture'

const fixture = useGoldenFixture('toMatchGoldenSorted.options.test.ts')

/** The usage error an assertion throws, as text, or fails the test when it does not throw one. */
function usageErrorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError)
    return (error as Error).message
  }
  throw new Error('Expected a usage error.')
}

describe('.toMatchGoldenSorted options', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).dir
    delete (Object.prototype as Record<string, unknown>).ignore
  })

  test('passes when an inherited dir is ignored: the golden stays beside the test file', () => {
    const options = Object.create({ dir: fixture.root }) as object
    // Update mode none: the message names the file the assertion would write, and nothing is.
    fixture.state._updateSnapshot = 'none'
    const message = failureOf(() => expect(1).toMatchGoldenSorted('inherited', options))
    const beside = join(import.meta.dirname, '__golden__', 'toMatchGoldenSorted.options.test.ts')
    expect(message).toContain(`Expected the golden file ${beside.split('\\').join('/')}/`)
    expect(fixture.goldens()).toEqual([])
  })

  test('passes when dir set on a polluted Object.prototype does not move a golden', () => {
    ;(Object.prototype as Record<string, unknown>).dir = resolve('/tmp/polluted')
    expect({ a: 1 }).toMatchGoldenSorted('p', { dir: fixture.root, unordered: true })
    expect(fixture.goldens()).toEqual([expect.stringMatching(/\.p\.json$/)])
    expect(existsSync(resolve('/tmp/polluted'))).toBe(false)
  })

  test('passes when an inherited ignore does not hide a field from the golden', () => {
    ;(Object.prototype as Record<string, unknown>).ignore = ['$.secret']
    expect({ secret: 's', shown: 1 }).toMatchGoldenSorted('i', { dir: fixture.root })
    const [file] = fixture.goldens()
    expect(readFileSync(join(fixture.folder, file as string), 'utf8')).toBe(
      '{\n  "secret": "s",\n  "shown": 1\n}\n',
    )
  })

  test.each([
    ['an absolute folder outside the project', resolve('/tmp/elsewhere')],
    ['a folder climbing out with ..', '../../../../..'],
  ])('throws a usage error when dir is %s, even under .not', (_, dir) => {
    const message = usageErrorOf(() => expect(1).toMatchGoldenSorted('x', { dir }))
    expect(message).toContain(
      `Matcher error: The \`dir\` option of toMatchGoldenSorted() must name a folder inside the project (${fixture.root}), but ${JSON.stringify(dir)} resolves to`,
    )
    expect(usageErrorOf(() => expect(1).not.toMatchGoldenSorted('x', { dir }))).toContain(
      'cannot be used with .not',
    )
  })

  test.each([
    ['an array', [['a']], 'the golden name must be a non-empty string.'],
    ['a number', [42], 'the golden name must be a non-empty string.'],
    ['a blank string', ['  '], 'the golden name must be a non-empty string.'],
    [
      'a dir holding NUL',
      ['x', { dir: 'a\u0000b' }],
      'The `dir` option of toMatchGoldenSorted() must be a non-empty folder path without NUL characters',
    ],
    [
      'options that are not an object',
      ['x', 'y'],
      'toMatchGoldenSorted() takes an options object, but received "y".',
    ],
    [
      'three arguments',
      ['x', {}, {}],
      'toMatchGoldenSorted takes at most two arguments: a name and an options object.',
    ],
  ])('throws a usage error when the arguments hold %s', (_, args, rule) => {
    const message = usageErrorOf(() =>
      (expect(1) as unknown as { toMatchGoldenSorted(...a: unknown[]): void }).toMatchGoldenSorted(
        ...args,
      ),
    )
    expect(message).toContain(`Matcher error: ${rule}`)
    expect(message).not.toContain('CORRUPT_GOLDEN')
    expect(message).not.toContain('unknown option')
  })
})
