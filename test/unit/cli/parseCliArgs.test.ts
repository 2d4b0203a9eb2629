import { describe, expect, test } from 'vitest'
import { parseCliArgs } from '../../../src/cli/parseCliArgs'

describe('parseCliArgs', () => {
  test('passes when a command, its flags, --root, --dir and files are read', () => {
    expect(
      parseCliArgs(['accept', 'a.json.new', '--root', 'sub', '--dir', 'goldens', 'b.json']),
    ).toEqual({
      command: 'accept',
      files: ['a.json.new', 'b.json'],
      json: false,
      delete: false,
      write: false,
      root: 'sub',
      dirs: ['goldens'],
    })
    expect(parseCliArgs(['pending', '--json'])).toMatchObject({ command: 'pending', json: true })
    expect(parseCliArgs(['obsolete', '--delete'])).toMatchObject({ delete: true })
    expect(parseCliArgs(['migrate', '--write'])).toMatchObject({ write: true })
  })

  test('passes when no command, --help or --version ask for help or the version', () => {
    expect(parseCliArgs([]).command).toBe('help')
    expect(parseCliArgs(['--help']).command).toBe('help')
    expect(parseCliArgs(['--version']).command).toBe('version')
  })

  test.each([
    [
      ['bogus'],
      'Unknown command "bogus". Commands: review, pending, accept, reject, obsolete, migrate.',
    ],
    [
      ['pending', '--delete'],
      'pending does not take --delete; it takes --json (and --root, --dir).',
    ],
    [['review', '--json'], 'review does not take --json; it takes no flags (and --root, --dir).'],
    [['pending', 'x.json'], 'pending takes no files, but received "x.json".'],
    [['accept', '--root'], '--root needs a folder after it.'],
    [['accept', '--dir', '--json'], '--dir needs a folder after it.'],
  ])('throws a usage error for %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message)
  })
})
