import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'

// The rules of the house that a linter does not keep: no import cycles even through type-only
// imports (ESLint's no-cycle skips those), no barrels inside src/, small files, and dependencies
// that point down the pipeline.
const root = resolve(import.meta.dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'matchers'))]
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]/g

/** The project files a file imports, type-only imports included. */
function importsOf(file: string): string[] {
  const out: string[] = []
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const base = resolve(dirname(file), match[1] as string).replace(/\.js$/, '')
    const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate))
    if (found !== undefined) out.push(found)
  }
  return out
}

const graph = new Map(files.map((file) => [file, importsOf(file)]))
const rel = (file: string): string => relative(root, file).split('\\').join('/')

/** Strongly connected components of more than one file (Tarjan): each is an import cycle. */
function cycles(): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop() as string
        onStack.delete(w)
        component.push(rel(w))
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort())
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

describe('the layout of src/ and matchers/', () => {
  test('passes when the import graph is read (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(50)
    expect([...graph.values()].flat().length).toBeGreaterThan(100)
  })

  test('has no import cycles, type-only imports included', () => {
    expect(cycles()).toEqual([])
  })

  test('has no barrel inside src/ besides the public entry', () => {
    const barrels = files
      .filter((file) => rel(file) !== 'src/index.ts' && rel(file).startsWith('src/'))
      .filter((file) =>
        /^export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s+from\s/m.test(readFileSync(file, 'utf8')),
      )
      .map(rel)
    expect(barrels).toEqual([])
  })

  test('has no file over 300 lines', () => {
    const long = files
      .map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 300)
    expect(long).toEqual([])
  })

  test('core/ imports nothing from unordered/, idempotent/, golden/ or matchers/, and src/ no matcher', () => {
    const upward = [...graph]
      .flatMap(([file, imports]) => imports.map((target) => [rel(file), rel(target)] as const))
      .filter(
        ([from, to]) =>
          (from.startsWith('src/core/') &&
            /^src\/(unordered|idempotent|golden)\/|^matchers\//.test(to)) ||
          (from.startsWith('src/') && from !== 'src/index.ts' && to.startsWith('matchers/')),
      )
      .map(([from, to]) => `${from} -> ${to}`)
    expect(upward).toEqual([])
  })
})
