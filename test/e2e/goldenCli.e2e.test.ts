import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createProject, runVitest, type RunResult } from './project'

// The command-line tool as a user runs it: `npx expect-deterministic …` in a project that
// installed the packed tarball, so the `bin` entry of package.json is what runs.

const FILES = {
  'vitest.config.mjs': `export default { test: { include: ['**/*.test.mjs'], setupFiles: ['expect-deterministic/vitest'] } }\n`,
  'report.test.mjs': `import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

const data = () => JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8'))

describe('report', () => {
  test('summary', () => {
    const { users, meta } = data()
    expect({ meta, count: users.length }).toMatchGoldenSorted('summary')
  })
  test('members', () => {
    expect(new Set(data().users)).toMatchGoldenSorted('members')
  })
})
`,
  'data.json': JSON.stringify({ meta: { version: 1 }, users: ['carol', 'alice'] }),
}

const G = '__golden__/report.test.mjs'
const SUMMARY = `${G}/report-summary.summary.json`
const MEMBERS = `${G}/report-members.members.golden`

/** `npx expect-deterministic …` in `dir`, with `input` on standard input (not a terminal). */
function cli(dir: string, args: string[], input = ''): RunResult {
  const result = spawnSync('npx', ['--no-install', 'expect-deterministic', ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  })
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` }
}

function expectExit(result: RunResult, code: number): void {
  if (result.code !== code)
    throw new Error(`Expected exit code ${code}, got ${result.code}. Output:\n${result.output}`)
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')
const files = (dir: string) => readdirSync(join(dir, G)).sort()

describe('npx expect-deterministic', () => {
  test('passes when pending goldens are listed, reviewed without a terminal, accepted and rejected, and bad input exits 2', () => {
    const dir = createProject('golden-cli', FILES)
    expectExit(runVitest(dir), 0)
    writeFileSync(join(dir, 'data.json'), JSON.stringify({ meta: { version: 2 }, users: ['bob'] }))
    expectExit(runVitest(dir), 1)
    expect(files(dir)).toEqual([
      'report-members.members.golden',
      'report-members.members.golden.new',
      'report-summary.summary.json',
      'report-summary.summary.json.new',
    ])

    const pending = cli(dir, ['pending', '--json'])
    expectExit(pending, 0)
    expect(JSON.parse(pending.output)).toEqual([
      {
        pending: `${MEMBERS}.new`,
        golden: MEMBERS,
        replaces: MEMBERS,
        changedPaths: ['$[*]'],
      },
      {
        pending: `${SUMMARY}.new`,
        golden: SUMMARY,
        replaces: SUMMARY,
        changedPaths: ['$.count', '$.meta.version'],
      },
    ])

    // Bad input: exit code 2, nothing touched.
    expectExit(cli(dir, ['accept', '../outside.json.new']), 2)
    expectExit(cli(dir, ['accept', 'report.test.mjs']), 2)
    expectExit(cli(dir, ['approve']), 2)
    const wrongAnswer = cli(dir, ['review'], 'yes\n')
    expectExit(wrongAnswer, 2)
    expect(wrongAnswer.output).toContain('"yes" is not an answer: use a, r, s, A, R or S.')
    expect(files(dir)).toHaveLength(4)

    // Review from a pipe: the diff in the notation with the changed paths first; reject, accept.
    const review = cli(dir, ['review'], 'r\na\n')
    expectExit(review, 0)
    expect(review.output).toContain(
      `[2/2] ${SUMMARY}.new\n  replaces ${SUMMARY}\n  changed at $.count, $.meta.version`,
    )
    expect(review.output).toContain('- Golden\n+ Received')
    expect(review.output).toContain('-     "version": 1\n+     "version": 2')
    expect(review.output).toContain('Accepted 1, rejected 1, skipped 0.')
    expect(files(dir)).toEqual(['report-members.members.golden', 'report-summary.summary.json'])
    expect(read(dir, SUMMARY)).toContain('"version": 2')
    expect(read(dir, MEMBERS)).toContain('"alice"')

    // The rejected one fails again; accept by its golden's name; then the run passes in CI.
    expectExit(runVitest(dir), 1)
    expectExit(cli(dir, ['accept', MEMBERS]), 0)
    expect(read(dir, MEMBERS)).toBe('Set [\n  "bob"\n]\n')
    expectExit(runVitest(dir, [], { CI: 'true' }), 0)
    const none = cli(dir, ['pending'])
    expectExit(none, 0)
    expect(none.output).toBe('No pending goldens.\n')
  })

  test('passes when 0.1 golden names are migrated without a test run, and obsolete goldens are listed and deleted', () => {
    const dir = createProject('golden-cli-migrate', FILES)
    expectExit(runVitest(dir), 0)
    // The names version 0.1 gave these goldens: a hash after the readable stem.
    renameSync(
      join(dir, SUMMARY),
      join(dir, SUMMARY.replace('.summary.json', '.summary~2f4c0d1e9a.json')),
    )
    renameSync(
      join(dir, MEMBERS),
      join(dir, MEMBERS.replace('.members.golden', '.members~0b5e17c3d4.golden')),
    )
    const dry = cli(dir, ['migrate'])
    expectExit(dry, 0)
    expect(dry.output).toContain('Would rename 2 golden file(s):')
    expect(existsSync(join(dir, SUMMARY))).toBe(false)
    expectExit(cli(dir, ['migrate', '--write']), 0)
    expect(files(dir)).toEqual(['report-members.members.golden', 'report-summary.summary.json'])
    // The renamed goldens match at once: CI writes nothing and passes.
    expectExit(runVitest(dir, [], { CI: 'true' }), 0)

    // A golden folder whose test file is gone, and a golden no test uses after a full run.
    mkdirSync(join(dir, '__golden__/removed.test.mjs'))
    writeFileSync(join(dir, '__golden__/removed.test.mjs/t.1.json'), '1\n')
    writeFileSync(join(dir, `${G}/report-old.x.json`), '2\n')
    expectExit(runVitest(dir), 0)
    const listed = cli(dir, ['obsolete'])
    expectExit(listed, 1)
    expect(listed.output).toContain(
      `  · __golden__/removed.test.mjs/t.1.json\n  · ${G}/report-old.x.json\n`,
    )
    expectExit(cli(dir, ['obsolete', '--delete']), 0)
    expect(existsSync(join(dir, '__golden__/removed.test.mjs'))).toBe(false)
    expect(existsSync(join(dir, `${G}/report-old.x.json`))).toBe(false)
    expect(files(dir)).toHaveLength(2)
    expectExit(runVitest(dir, [], { CI: 'true' }), 0)
  })
})
