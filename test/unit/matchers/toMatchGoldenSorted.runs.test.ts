import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { goldenStem } from '../../../src/golden/goldenStem'
import { startGoldenSession } from '../../../src/golden/goldenRegistry'
import { failureOf } from '../../helpers/failureOf'
import { useGoldenFixture } from '../../helpers/goldenFixture'

const FILE = 'toMatchGoldenSorted.runs.test.ts'
const fixture = useGoldenFixture(FILE)
const read = (file: string) => readFileSync(join(fixture.folder, file), 'utf8')

describe('.toMatchGoldenSorted in tests of the same name', () => {
  // Two tests with one name, as test.each without a placeholder makes them. Each runs against a
  // fresh temporary folder, so each sees only its own files; their names show the numbering.
  test.each([1, 2])('same name', (n) => {
    const stem = (name: string | undefined, index: number, occurrence = 1) =>
      goldenStem(expect.getState().currentTestName, name, index, occurrence)
    expect({ n }).toMatchGoldenSorted('r', { dir: fixture.root })
    expect([n]).toMatchGoldenSorted({ dir: fixture.root })
    const expected =
      n === 1 ? [stem('r', 0), stem(undefined, 1)] : [stem('r', 0, 2), stem(undefined, 2)]
    expect(fixture.goldens()).toEqual(expected.map((s) => `${s}.json`).sort())
    expect(expected[0]?.endsWith(n === 1 ? '.r' : '.r.2')).toBe(true)
  })
})

describe('.toMatchGoldenSorted in a retried test', () => {
  // Outside the fixture, whose folder is new for every attempt: the project stays the same.
  const project = mkdtempSync(join(tmpdir(), 'golden-retry-'))
  afterAll(() => rmSync(project, { recursive: true, force: true }))
  let attempt = 0

  test(
    'passes when the retry is not judged by the golden its failed attempt wrote',
    { retry: 1 },
    () => {
      attempt++
      fixture.state._rootDir = project
      expect({ attempt }).toMatchGoldenSorted('value', { dir: project })
      if (attempt === 1) throw new Error('the first attempt fails after writing its golden')
      const folder = join(project, FILE)
      const files = readdirSync(folder)
      expect(files).toHaveLength(1)
      expect(readFileSync(join(folder, files[0] as string), 'utf8')).toBe('{\n  "attempt": 2\n}\n')
    },
  )
})

describe('.toMatchGoldenSorted on a disk that refuses writes', () => {
  test('fails when the pending file cannot be written: the mismatch first, then the failed write', () => {
    expect([1]).toMatchGoldenSorted('v', { dir: fixture.root })
    const [golden] = fixture.goldens()
    // A folder where the pending file should go: the rename onto it fails as a full disk would.
    mkdirSync(join(fixture.folder, `${golden as string}.new`, 'x'), { recursive: true })
    // The next run of the file meets the changed value.
    startGoldenSession(expect.getState().testPath as string)
    const message = failureOf(() => expect([2]).toMatchGoldenSorted('v', { dir: fixture.root }))
    const diffAt = message.indexOf('+   2')
    const failedAt = message.indexOf(`Could not write ${FILE}/${golden as string}.new: `)
    expect(diffAt).toBeGreaterThan(0)
    expect(failedAt).toBeGreaterThan(diffAt)
    expect(message).toContain('The golden file was left as it was.')
    expect(message).not.toContain('Pending:')
    expect(read(golden as string)).toBe('[\n  1\n]\n')
  })

  test('fails when a missing golden cannot be written, naming it and showing the value', () => {
    // The golden folder is a file: nothing can be written below it.
    writeFileSync(fixture.folder, 'in the way')
    const message = failureOf(() =>
      expect({ a: 1 }).toMatchGoldenSorted('m', { dir: fixture.root }),
    )
    expect(message).toContain('to exist; writing it failed (see below).')
    expect(message).toContain('Received:\n{\n  "a": 1\n}')
    expect(message).toMatch(
      new RegExp(`Could not write ${FILE.replace(/\./g, '\\.')}/[^ ]+\\.json: EEXIST`),
    )
    expect(message).toContain('To create it: fix the problem and run the tests again.')
    expect(fixture.state.unmatched).toBe(1)
  })
})
