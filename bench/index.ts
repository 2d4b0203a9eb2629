/**
 * `npm run bench`: runs every benchmark module in `bench/` and prints their markdown, the sections
 * of `bench/RESULTS.md`. Not part of `npm test`.
 *
 * - `npm run bench -- core unordered` runs only the named modules.
 * - `npm run bench -- --quick` checks the harness with fewer sizes and rounds.
 * - `npm run bench -- --write` also replaces each module's `<!-- section:NAME -->` part of
 *   `bench/RESULTS.md` (up to the next section marker) with the fresh text.
 *
 * Progress goes to stderr, markdown to stdout.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'

/** The benchmark modules, in print order; each exports `run(): Promise<string>`. */
const MODULES = ['core', 'unordered', 'idempotent', 'golden', 'runners'] as const

const args = process.argv.slice(2)
const chosen = args.filter((arg) => !arg.startsWith('--'))
const write = args.includes('--write')

const unknown = chosen.filter((name) => !(MODULES as readonly string[]).includes(name))
if (unknown.length > 0) {
  throw new Error(`bench: unknown module ${unknown.join(', ')}; known: ${MODULES.join(', ')}`)
}

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
const header = [
  '# Benchmark run',
  '',
  `Command: \`npm run bench\` · Node ${process.version} · ${process.platform} ${process.arch} · ` +
    `${os.cpus().length} CPUs (${cpu}) · ${new Date().toISOString().slice(0, 10)}`,
  '',
].join('\n')
process.stdout.write(`${header}\n`)

const sections = new Map<string, string>()
const started = performance.now()
for (const name of MODULES) {
  if (chosen.length > 0 && !chosen.includes(name)) continue
  const file = new URL(`./${name}.ts`, import.meta.url)
  if (!existsSync(file)) {
    process.stderr.write(`bench: bench/${name}.ts does not exist yet, skipped\n`)
    continue
  }
  const moduleStart = performance.now()
  // A fresh process per module: see runModule.ts.
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      new URL('./runModule.ts', import.meta.url).pathname,
      name,
      ...args.filter((a) => a === '--quick'),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  )
  if (child.status !== 0) throw new Error(`bench: ${name} failed (exit ${String(child.status)})`)
  const markdown = child.stdout.trim()
  sections.set(name, markdown)
  process.stdout.write(`<!-- section:${name} -->\n\n${markdown}\n\n`)
  const seconds = ((performance.now() - moduleStart) / 1000).toFixed(1)
  process.stderr.write(`bench: ${name} took ${seconds} s\n`)
}
process.stderr.write(`bench: all done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)

if (write) writeResults(sections)

/** Replaces each section's text in RESULTS.md, keeping its marker line and every other section. */
function writeResults(fresh: ReadonlyMap<string, string>): void {
  const path = new URL('./RESULTS.md', import.meta.url)
  let text = readFileSync(path, 'utf8')
  for (const [name, markdown] of fresh) {
    const marker = `<!-- section:${name} -->`
    const start = text.indexOf(marker)
    if (start === -1) {
      process.stderr.write(`bench: no ${marker} in bench/RESULTS.md, section not written\n`)
      continue
    }
    const bodyStart = start + marker.length
    const next = text.indexOf('<!-- section:', bodyStart)
    const end = next === -1 ? text.length : next
    const tail = next === -1 ? '\n' : '\n\n'
    text = `${text.slice(0, bodyStart)}\n\n${markdown}${tail}${text.slice(end)}`
  }
  writeFileSync(path, text)
  process.stderr.write(`bench: wrote ${[...fresh.keys()].join(', ')} into bench/RESULTS.md\n`)
}
