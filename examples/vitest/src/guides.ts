import { readdirSync } from 'node:fs'

const title = (file: string) => file.replace(/\.md$/, '')

/**
 * BUG: the help centre's table of contents in directory order, which is whatever the file system
 * gives: by name on one laptop, by hash on the CI server.
 */
export function tableOfContents(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map(title)
}

/** The fixed table of contents: sorted by name. */
export function tableOfContentsFixed(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map(title)
}
