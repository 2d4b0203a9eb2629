import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import {
  checkTarget,
  diskFiles,
  extractLinks,
  findBrokenLinks,
  headingAnchors,
  slugify,
  type DocFiles,
} from './markdownLinks'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The Markdown files a reader reaches from the front page, relative to the root. */
function documentationFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`)
  const examples = readdirSync(join(root, 'examples'))
    .map((name) => `examples/${name}/README.md`)
    .filter((path) => existsSync(join(root, path)))
  return ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', ...docs.sort(), ...examples.sort()]
}

describe('the documentation', () => {
  test.each(documentationFiles())('every link and anchor in %s resolves', (file) => {
    expect(findBrokenLinks(join(root, file), diskFiles(root))).toEqual([])
  })

  test('docs/ holds the reference pages and an index', () => {
    expect(documentationFiles()).toEqual(
      expect.arrayContaining(['docs/README.md', 'docs/core.md', 'docs/paths.md']),
    )
  })

  test('README.md is at most 16,384 bytes', () => {
    expect(statSync(join(root, 'README.md')).size).toBeLessThanOrEqual(16_384)
  })
})

/** Files in memory under a made-up root, for testing the checker itself. */
function memoryFiles(contents: Record<string, string>, folders: string[] = []): DocFiles {
  const base = resolve('/virtual-repo')
  const files = new Map(Object.entries(contents).map(([path, text]) => [join(base, path), text]))
  const dirs = new Set(folders.map((path) => join(base, path)))
  return {
    root: base,
    exists: (path) => files.has(path) || dirs.has(path),
    isFile: (path) => files.has(path),
    read: (path) => {
      const text = files.get(path)
      if (text === undefined) throw new Error(`no file ${path}`)
      return text
    },
  }
}

/** Broken links of `README.md` among `contents`. */
function brokenIn(contents: Record<string, string>, folders?: string[]): string[] {
  const files = memoryFiles(contents, folders)
  return findBrokenLinks(join(files.root, 'README.md'), files)
}

describe('the link checker', () => {
  test('fails when a relative file target does not exist', () => {
    expect(brokenIn({ 'README.md': 'See [the core](docs/cor.md).' })).toEqual([
      'README.md:1: docs/cor.md: no such file or folder: docs/cor.md',
    ])
  })

  test('fails when an image target does not exist, naming its line', () => {
    expect(brokenIn({ 'README.md': '# Title\n\n![logo](img/logo.png)\n' })).toEqual([
      'README.md:3: img/logo.png: no such file or folder: img/logo.png',
    ])
  })

  test('fails when an anchor matches no heading of the same file', () => {
    expect(brokenIn({ 'README.md': '## Setup per runner\n\n[setup](#setup)\n' })).toEqual([
      'README.md:3: #setup: no heading with the anchor #setup',
    ])
  })

  test('fails when an anchor matches no heading of another file', () => {
    const contents = {
      'README.md': '[modes](docs/golden.md#mode)',
      'docs/golden.md': '# Golden\n\n## Modes\n',
    }
    expect(brokenIn(contents)).toEqual([
      'README.md:1: docs/golden.md#mode: no heading with the anchor #mode',
    ])
  })

  test('fails when an anchor points into a file that is not Markdown', () => {
    const contents = { 'README.md': '[entry](src/index.ts#exports)', 'src/index.ts': '' }
    expect(brokenIn(contents)).toEqual([
      'README.md:1: src/index.ts#exports: anchor into a file that is not Markdown',
    ])
  })

  test('fails when an http link is malformed or uses another scheme', () => {
    const readme =
      '[a](<https://exa mple.org>) [b](http://) [c](ftp://example.org/x) [d](https:example)'
    const problems = brokenIn({ 'README.md': readme })
    expect(problems.map((problem) => problem.replace(/^README\.md:1: /, ''))).toEqual([
      'https://exa mple.org: malformed URL',
      'http://: malformed URL',
      'ftp://example.org/x: unsupported scheme ftp:',
      'https:example: malformed URL',
    ])
  })

  test('fails when a reference-style link names no definition', () => {
    const contents = {
      'README.md': 'See [the core][core-docs].\n\n[core]: docs/core.md\n',
      'docs/core.md': '',
    }
    expect(brokenIn(contents)).toEqual(['README.md:1: [core-docs]: reference with no definition'])
  })

  test('fails when a reference definition points at a missing file', () => {
    expect(brokenIn({ 'README.md': 'See [the core][core].\n\n[core]: <docs/core.md>\n' })).toEqual([
      'README.md:3: docs/core.md: no such file or folder: docs/core.md',
    ])
  })

  test('passes when every target exists: files, folders, headings, line anchors and URLs', () => {
    const contents = {
      'README.md': [
        '# expect-deterministic',
        '',
        '## Setup per runner',
        '',
        '[setup](#setup-per-runner) [same file](README.md#expect-deterministic)',
        '[examples](examples/) [modes](docs/toMatchGoldenSorted.md#modes "Modes")',
        '![logo](<docs/logo one.svg>) [up](/docs/)',
        '[code](src/index.ts#L3-L9) [site](https://example.org/a?b=c#d) <https://example.org>',
        '[ref][paths] [paths][] [paths]',
        '',
        '[paths]: docs/paths.md#the-grammar',
      ].join('\n'),
      'docs/toMatchGoldenSorted.md': '# `toMatchGoldenSorted`\n\n## Modes\n',
      'docs/paths.md': '# Paths\n\n## The grammar ##\n',
      'docs/logo one.svg': '<svg/>',
      'src/index.ts': '',
    }
    expect(brokenIn(contents, ['examples', 'docs'])).toEqual([])
  })

  test('passes when bracket syntax appears only in code or comments', () => {
    const readme = [
      '```ts',
      'expect(x).toEqual([a](b))',
      '# not a heading',
      '```',
      '',
      'Inline `[not](a-link)` and ``[neither](x) ` here`` and <!-- [hidden](nowhere.md) -->.',
      'Paths like `$.lines[*].tags` and `expected[1]` are text.',
    ].join('\n')
    expect(extractLinks(readme)).toEqual([])
    expect(brokenIn({ 'README.md': readme })).toEqual([])
  })

  test.each([
    ['Setup per runner', 'setup-per-runner'],
    ['`toEqualUnordered`', 'toequalunordered'],
    ['Vitest 3.2 to 4', 'vitest-32-to-4'],
    ['Jest with `@jest/globals`', 'jest-with-jestglobals'],
    ['toBeIdempotent: overhead of `times = 5`', 'tobeidempotent-overhead-of-times--5'],
    ['[0.1.0]', '010'],
    ['Compared with what you use today, and FAQ', 'compared-with-what-you-use-today-and-faq'],
    ['The [core](core.md) functions', 'the-core-functions'],
    ['snake_case and Ünïcode – dash', 'snake_case-and-ünïcode--dash'],
  ])('slugs the heading %s as GitHub does: #%s', (heading, slug) => {
    expect(slugify(heading)).toBe(slug)
  })

  test('numbers repeated headings as GitHub does and skips headings inside code', () => {
    const markdown = '# A\n## Options\n```\n# Options\n```\n### Options\n#no-space\n'
    expect(headingAnchors(markdown)).toEqual(['a', 'options', 'options-1'])
  })

  test('resolves links relative to the file that holds them', () => {
    const files = memoryFiles({
      'docs/core.md': '# The core\n',
      'docs/paths.md': '# Paths\n',
      'README.md': '# Front\n',
    })
    const from = join(files.root, 'docs/paths.md')
    expect(checkTarget('core.md#the-core', from, files)).toBeUndefined()
    expect(checkTarget('../README.md#front', from, files)).toBeUndefined()
    expect(checkTarget('docs/core.md', from, files)).toBe(
      'no such file or folder: docs/docs/core.md',
    )
  })
})
