import * as fs from 'node:fs'
import * as timers from 'node:timers'
import { describe, expect, test } from 'vitest'
import { nodeFs, nodeTimers, realSetImmediate } from '../../../../src/idempotent/perturb/builtins'

describe('builtins', () => {
  test('are the modules’ exports objects, and setImmediate the runtime’s own', () => {
    expect(nodeFs.readdirSync).toBe(fs.readdirSync)
    expect(nodeFs.promises).toBe(fs.promises)
    expect(nodeTimers.setImmediate).toBe(timers.setImmediate)
    expect(realSetImmediate).toBe(timers.setImmediate)
  })
})
