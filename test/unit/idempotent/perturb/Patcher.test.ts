import fs from 'node:fs'
import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { Patcher } from '../../../../src/idempotent/perturb/Patcher'

describe('Patcher', () => {
  test('replaces properties and puts them back last first, own or inherited', () => {
    const proto = { greet: () => 'proto' }
    const target = Object.create(proto) as { greet(): string; own: number }
    Object.defineProperty(target, 'own', {
      value: 1,
      enumerable: false,
      writable: false,
      configurable: true,
    })
    const patcher = new Patcher()
    patcher.replace<() => string>(target, 'greet', 'greet', (current) => () => `${current()}+1`)
    patcher.replace<() => string>(target, 'greet', 'greet', (current) => () => `${current()}+2`)
    patcher.replace<number>(target, 'own', 'own', (current) => current + 1)
    expect(target.greet()).toBe('proto+1+2')
    expect(target.own).toBe(2)
    patcher.restore()
    expect(target.greet()).toBe('proto')
    expect(Object.hasOwn(target, 'greet')).toBe(false)
    expect(Object.getOwnPropertyDescriptor(target, 'own')).toEqual({
      value: 1,
      enumerable: false,
      writable: false,
      configurable: true,
    })
    patcher.restore()
  })

  test('pushes patches of built-in modules to their ESM named exports, and back', () => {
    const original = readdirSync
    const patcher = new Patcher()
    const fake = () => ['patched']
    patcher.replace(fs, 'readdirSync', 'fs.readdirSync', () => fake, true)
    expect(readdirSync).toBe(original)
    patcher.sync()
    expect(readdirSync).toBe(fake)
    patcher.restore()
    expect(readdirSync).toBe(original)
  })

  test('throws a usage error naming the property when it cannot be replaced', () => {
    const frozen = Object.freeze({ now: () => 1 })
    expect(() => new Patcher().replace(frozen, 'now', 'Frozen.now', () => () => 2)).toThrow(
      /`perturb` could not replace Frozen\.now/,
    )
  })
})
