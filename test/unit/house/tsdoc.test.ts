import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

// The public API is what the package exports: `@since` marks exactly that, `@internal` the rest,
// so a reader (and the declaration bundle) can tell them apart (fast-check's convention).
const root = resolve(import.meta.dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : []
  })
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'matchers'))]
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
})
const checker = program.getTypeChecker()

function declarationsOf(symbol: ts.Symbol): readonly ts.Declaration[] {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  return target.declarations ?? []
}

/** Every declaration the package's entries export, found through the re-exports. */
function publicDeclarations(): Set<ts.Declaration> {
  const out = new Set<ts.Declaration>()
  // The root entry and the setup entries that export something of their own.
  for (const entry of ['src/index.ts', 'matchers/playwright.ts']) {
    const file = program.getSourceFile(join(root, entry))
    const symbol = file && checker.getSymbolAtLocation(file)
    if (symbol === undefined) throw new Error(`${entry} not found`)
    for (const exported of checker.getExportsOfModule(symbol))
      for (const d of declarationsOf(exported)) out.add(d)
  }
  return out
}

function tagsOf(declaration: ts.Declaration): string[] {
  const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration
  return ts.getJSDocTags(node).map((tag) => tag.tagName.text)
}

function hasDoc(declaration: ts.Declaration): boolean {
  const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration
  return ts.getJSDocCommentsAndTags(node).length > 0
}

/** The exports each file declares itself (re-exports of other files are theirs). */
function ownExports(): { name: string; file: string; declaration: ts.Declaration }[] {
  const out: { name: string; file: string; declaration: ts.Declaration }[] = []
  for (const path of files) {
    const file = program.getSourceFile(path)
    const symbol = file && checker.getSymbolAtLocation(file)
    if (file === undefined || symbol === undefined) continue
    for (const exported of checker.getExportsOfModule(symbol)) {
      if (exported.flags & ts.SymbolFlags.Alias) continue
      for (const declaration of exported.declarations ?? []) {
        if (declaration.getSourceFile() === file)
          out.push({ name: exported.name, file: relative(root, path), declaration })
      }
    }
  }
  return out
}

describe('TSDoc marks what is public', () => {
  const publicSet = publicDeclarations()
  const exports = ownExports()

  test('passes when the public entry exports something (the check is not vacuous)', () => {
    expect(publicSet.size).toBeGreaterThan(40)
    expect(exports.length).toBeGreaterThan(publicSet.size)
  })

  test('every export the package exposes has TSDoc with @since and no @internal', () => {
    const wrong = exports
      .filter((e) => publicSet.has(e.declaration))
      .filter(
        (e) =>
          !tagsOf(e.declaration).includes('since') || tagsOf(e.declaration).includes('internal'),
      )
      .map((e) => `${e.file}: ${e.name}`)
    expect(wrong).toEqual([])
  })

  test('every other export has TSDoc with @internal and no @since', () => {
    const wrong = exports
      .filter((e) => !publicSet.has(e.declaration))
      .filter(
        (e) =>
          !hasDoc(e.declaration) ||
          !tagsOf(e.declaration).includes('internal') ||
          tagsOf(e.declaration).includes('since'),
      )
      .map((e) => `${e.file}: ${e.name}`)
    expect(wrong).toEqual([])
  })
})
