/**
 * A small Markdown link checker for our own documentation, with no dependency and no network:
 * relative targets must exist, `#anchor` targets must match a heading's GitHub-style slug, and
 * `http(s)` links are only checked for syntax. It reads the subset of Markdown we write (ATX
 * headings, inline links and images, reference links, fenced code); it is not a full parser.
 * @internal
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, relative, resolve } from 'node:path'

/** The file access the checker needs, so the tests of the checker can run on files in memory. */
export interface DocFiles {
  /** The repository root: targets starting with `/` are resolved against it, as GitHub does. */
  readonly root: string
  exists(path: string): boolean
  isFile(path: string): boolean
  read(path: string): string
}

/** The real file system under `root`. */
export function diskFiles(root: string): DocFiles {
  return {
    root,
    exists: (path) => existsSync(path),
    isFile: (path) => existsSync(path) && statSync(path).isFile(),
    read: (path) => readFileSync(path, 'utf8'),
  }
}

/** A link, image or reference definition found in a Markdown file. */
export interface MarkdownLink {
  /** The target as written, without angle brackets or title. */
  readonly target: string
  /** 1-based line of the link in its file. */
  readonly line: number
}

const blank = (text: string): string => text.replace(/[^\n]/g, ' ')

/**
 * Blanks out fenced code blocks (keeping the line count), so `#` comments in code are not read as
 * headings and brackets in code are not read as links.
 */
export function blankFences(markdown: string): string {
  const lines = markdown.split('\n')
  let fence: { char: string; length: number } | undefined
  return lines
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (fence === undefined) {
        if (marker?.[1] === undefined) return line
        fence = { char: marker[1].charAt(0), length: marker[1].length }
        return ''
      }
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1]
      const closes =
        closing !== undefined && closing.charAt(0) === fence.char && closing.length >= fence.length
      if (closes) fence = undefined
      return ''
    })
    .join('\n')
}

/**
 * Blanks out inline code spans and HTML comments. A span opens with a run of backticks and closes
 * at the next run of the same length; it cannot cross a blank line (the end of a paragraph).
 */
export function blankInlineCode(markdown: string): string {
  const text = markdown.replace(/<!--[\s\S]*?-->/g, blank)
  let out = ''
  let i = 0
  while (i < text.length) {
    if (text.charAt(i) !== '`') {
      out += text.charAt(i)
      i += 1
      continue
    }
    let run = 1
    while (text.charAt(i + run) === '`') run += 1
    const close = closingRun(text, i + run, run)
    if (close === -1 || /\n[ \t]*\n/.test(text.slice(i, close))) {
      out += text.slice(i, i + run)
      i += run
      continue
    }
    out += blank(text.slice(i, close + run))
    i = close + run
  }
  return out
}

/** Index of the next run of exactly `run` backticks at or after `from`, or -1. */
function closingRun(text: string, from: number, run: number): number {
  let at = from
  for (;;) {
    const start = text.indexOf('`', at)
    if (start === -1) return -1
    let end = start
    while (text.charAt(end) === '`') end += 1
    if (end - start === run) return start
    at = end
  }
}

/** Line number (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i += 1) if (text.charAt(i) === '\n') line += 1
  return line
}

const unwrap = (target: string): string =>
  target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target

/** Reference labels match case-insensitively, with runs of white space as one space. */
const labelKey = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * Every link target in `markdown`: inline links and images `[text](target "title")`, autolinks
 * `<https://…>`, reference definitions `[label]: target`, and reference uses `[text][label]`,
 * `[label][]` and `[label]` whose label has no definition (reported with target `[label]`, which
 * never resolves). Links inside code and HTML comments are skipped.
 */
export function extractLinks(markdown: string): MarkdownLink[] {
  const text = blankInlineCode(blankFences(markdown))
  const links: { target: string; offset: number }[] = []
  const definitions = new Set<string>()

  for (const match of text.matchAll(/^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm)) {
    definitions.add(labelKey(match[1] ?? ''))
    links.push({ target: unwrap(match[2] ?? ''), offset: match.index })
  }
  // [text](target "title"): the text may hold one level of brackets, the target may be <wrapped>.
  const inline =
    /!?\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g
  for (const match of text.matchAll(inline)) {
    links.push({ target: unwrap(match[2] ?? ''), offset: match.index })
  }
  for (const match of text.matchAll(/<(https?:\/\/[^>\s]*)>/g)) {
    links.push({ target: match[1] ?? '', offset: match.index })
  }
  // A full or collapsed reference must have a definition; a shortcut `[x]` without one is text.
  const withoutInline = text.replace(inline, blank).replace(/^ {0,3}\[[^\]\n]+\]:.*$/gm, blank)
  for (const match of withoutInline.matchAll(/\[((?:[^[\]]|\[[^[\]]*\])+)\]\[([^\]]*)\]/g)) {
    const label = labelKey(match[2] === '' ? (match[1] ?? '') : (match[2] ?? ''))
    if (!definitions.has(label)) links.push({ target: `[${label}]`, offset: match.index })
  }
  return links
    .sort((a, b) => a.offset - b.offset)
    .map(({ target, offset }) => ({ target, line: lineOf(text, offset) }))
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation other than `-` and `_` removed,
 * spaces turned into `-`. Link and image syntax and HTML tags count by their text only.
 */
export function slugify(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

/**
 * The anchors of every ATX heading in `markdown`, in order; repeats get `-1`, `-2`, … as on GitHub.
 */
export function headingAnchors(markdown: string): string[] {
  const seen = new Map<string, number>()
  const anchors: string[] = []
  for (const line of blankFences(markdown).split('\n')) {
    const match = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (!match) continue
    const slug = slugify(match[1] ?? '')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.push(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

/**
 * Why `target`, written in the Markdown file `from`, does not resolve; `undefined` when it does.
 */
export function checkTarget(target: string, from: string, files: DocFiles): string | undefined {
  if (target === '') return 'empty target'
  if (/^\[.*\]$/.test(target)) return 'reference with no definition'
  if (target.startsWith('//')) return 'protocol-relative URL: write https://'
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase()
  if (scheme !== undefined) return checkUrl(target, scheme)

  const hash = target.indexOf('#')
  const pathPart = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '')
  const fragment = hash === -1 ? undefined : target.slice(hash + 1)
  let decoded: string
  try {
    decoded = decodeURIComponent(pathPart)
  } catch {
    return 'bad percent-encoding'
  }
  const file =
    decoded === ''
      ? from
      : decoded.startsWith('/')
        ? resolve(files.root, `.${decoded}`)
        : resolve(dirname(from), decoded)
  if (!files.exists(file)) return `no such file or folder: ${shortName(file, files)}`
  if (fragment === undefined) return undefined
  if (fragment === '') return 'empty anchor'
  if (!files.isFile(file) || extname(file).toLowerCase() !== '.md') {
    // GitHub's line anchors on source files; anything else cannot be checked, so it is refused.
    const lineAnchor = /^L\d+(-L\d+)?$/.test(fragment) && files.isFile(file)
    return lineAnchor ? undefined : 'anchor into a file that is not Markdown'
  }
  let anchor: string
  try {
    anchor = decodeURIComponent(fragment)
  } catch {
    return 'bad percent-encoding'
  }
  const found = headingAnchors(files.read(file)).includes(anchor)
  return found ? undefined : `no heading with the anchor #${anchor}`
}

/** Absolute URLs: syntax only, so the check never needs the network. */
function checkUrl(target: string, scheme: string): string | undefined {
  if (scheme === 'mailto') {
    return /^mailto:[^@\s]+@[^@\s]+$/i.test(target) ? undefined : 'malformed mailto link'
  }
  if (scheme !== 'http' && scheme !== 'https') return `unsupported scheme ${scheme}:`
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return 'malformed URL'
  }
  const host = url.hostname
  const hostOk = /^[a-z0-9.-]+$/i.test(host) && (host.includes('.') || host === 'localhost')
  return hostOk && !/\s/.test(target) ? undefined : 'malformed URL'
}

/** Every broken link of the Markdown file `file`, as `path:line: target: reason`. */
export function findBrokenLinks(file: string, files: DocFiles): string[] {
  const name = shortName(file, files)
  return extractLinks(files.read(file)).flatMap(({ target, line }) => {
    const problem = checkTarget(target, file, files)
    return problem === undefined ? [] : [`${name}:${line}: ${target}: ${problem}`]
  })
}

/** `path` relative to the root, with `/` separators on every platform. */
function shortName(path: string, files: DocFiles): string {
  return relative(files.root, path).split('\\').join('/')
}
