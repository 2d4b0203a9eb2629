// `npm test`: every check CI runs, in order, stopping at the first that fails. Each step is an
// npm script of its own (`npm run test:unit`...), run here with one rule for colour: a colour
// terminal gets it, a file or a pipe does not (some tools colour whatever the output is, which
// leaves raw escape codes in a redirected log). The last line counts the steps.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'

const steps = [
  'typecheck',
  'lint',
  'format:check',
  'test:unit',
  'lint:package',
  'test:smoke',
  'test:types',
  'test:e2e',
]

const env = { ...process.env }
const forced = env.FORCE_COLOR !== undefined && !['0', 'false'].includes(env.FORCE_COLOR)
if (!forced && process.stdout.isTTY !== true) {
  env.NO_COLOR = '1'
  delete env.FORCE_COLOR
}

let passed = 0
for (const step of steps) {
  console.log(`\n> npm run ${step}`)
  const started = performance.now()
  const result = spawnSync('npm', ['run', step, '--silent'], { stdio: 'inherit', env })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.log(`\n${step} failed after ${seconds} s (exit code ${result.status ?? 'none'})`)
    console.log(`steps: ${passed} passed, 1 failed`)
    process.exit(1)
  }
  passed++
  console.log(`(${step}: ${seconds} s)`)
}
console.log(`\nsteps: ${passed} passed, 0 failed`)
