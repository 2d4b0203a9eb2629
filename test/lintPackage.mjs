// The package lint of `npm test`: packs the tarball, then checks it as it would be published, with
// publint (--strict) and "are the types wrong" (attw). A green run prints one line per tool and
// where each entry's types resolve; a problem prints the tool's full report.
//
// attw runs with the node16 profile: the package supports node16/nodenext and bundler resolution
// and has no `typesVersions` for node10 (docs/typescript.md), so node10 results are not shown.
// `cjs-resolves-to-esm` is expected: ./vitest, ./vitest5 and ./bun are ESM only.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { packTarball, repoRoot } from './pack.mjs'

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name)
const run = (command, args) =>
  spawnSync(command, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })

const tarball = packTarball()
let failed = false

const publint = run(bin('publint'), ['run', '--strict', tarball])
if (publint.status === 0 && /All good!/.test(publint.stdout)) {
  console.log('publint --strict: no problems')
} else {
  failed = true
  console.log(`publint --strict found problems:\n${publint.stdout}${publint.stderr}`)
}

const ATTW = [tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm']
const attw = run(bin('attw'), [...ATTW, '--format', 'json'])
let analysis
try {
  analysis = JSON.parse(attw.stdout)
} catch {
  analysis = undefined
}
if (attw.status === 0 && analysis !== undefined) {
  console.log('attw (node16 profile): no problems; types resolve to')
  const short = (file) => (file ? file.replace(/^.*\/expect-deterministic\//, '') : 'none')
  const esmOnly = new Set((analysis.problems.CJSResolvesToESM ?? []).map((p) => p.entrypoint))
  for (const [subpath, entry] of Object.entries(analysis.analysis.entrypoints)) {
    const r = entry.resolutions
    const kinds = [
      [esmOnly.has(subpath) ? 'node16 CJS (ESM only)' : 'node16 CJS', r['node16-cjs']],
      ['node16 ESM', r['node16-esm']],
      ['bundler', r.bundler],
    ]
    const where = kinds.map(([kind, res]) => `${kind} ${short(res?.resolution?.fileName)}`)
    console.log(`  ${subpath.padEnd(16)} ${where.join(', ')}`)
  }
} else {
  failed = true
  // The table says what is wrong far better than the JSON.
  const table = run(bin('attw'), [...ATTW, '--format', 'table-flipped'])
  console.log(`attw found problems:\n${table.stdout}${table.stderr}`)
}

process.exitCode = failed ? 1 : 0
