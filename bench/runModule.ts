/**
 * Runs one benchmark module and prints its markdown: `bench/index.ts` starts this in a fresh
 * process per module, because the runners' `expect` packages keep state on `globalThis` (Jest's
 * and Vitest's share one slot) and one module's imports must not change another's results.
 */
const name = process.argv[2]
if (name === undefined) throw new Error('bench/runModule.ts: name a module, e.g. core')
const module = (await import(new URL(`./${name}.ts`, import.meta.url).href)) as {
  run(): Promise<string>
}
process.stdout.write((await module.run()).trim())
