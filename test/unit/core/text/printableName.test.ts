import { describe, expect, test } from 'vitest'
import { printableName } from '../../../../src/core/text/printableName'
import { stableStringify } from '../../../../src/core/text/stableStringify'

describe('printableName', () => {
  test.each(['Order', 'bound fetch', 'Café', '<anonymous>', 'a=b', '======', '<<<<<<'])(
    'passes when a name safe on one line (%j) stays as it is',
    (name) => {
      expect(printableName(name, '?')).toBe(name)
    },
  )

  test.each([
    ['a\nb', '"a\\nb"'],
    ['a\r\nb', '"a\\r\\nb"'],
    ['tab\there', '"tab\\there"'],
    ['x\u2028y', '"x\\u2028y"'],
    ['p\u2029', '"p\\u2029"'],
    ['\u0085', '"\\u0085"'],
    ['=======', '"======="'],
    ['<<<<<<< HEAD', '"<<<<<<< HEAD"'],
    ['a>>>>>>>', '"a>>>>>>>"'],
    ['"quoted"', '"\\"quoted\\""'],
  ])(
    'quotes and escapes a name that could break a line or read as a conflict (%j)',
    (name, printed) => {
      expect(printableName(name, '?')).toBe(printed)
      expect(printableName(name, '?')).not.toMatch(/[\n\r\u2028\u2029]/)
    },
  )

  test.each([[''], [42], [undefined], [{}]])('prints the fallback for %j', (name) => {
    expect(printableName(name, '(anonymous)')).toBe('(anonymous)')
  })

  test('passes when names that differ print differently, quoted or not', () => {
    const names = ['a\nb', '"a\\nb"', 'a\\nb', '=======', '"======="']
    const printed = names.map((name) => printableName(name, '?'))
    expect(new Set(printed).size).toBe(names.length)
  })
})

describe('the notation with unsafe names', () => {
  const named = (name: string) => {
    const Named = class {}
    Object.defineProperty(Named, 'name', { value: name })
    return Named
  }

  test('prints a class name with a line break on one line, quoted', () => {
    const Weird = named('Line\nBreak')
    expect(stableStringify(new Weird())).toBe('"Line\\nBreak" {}')
  })

  test('prints a class named ======= so the text does not read as a merge conflict', () => {
    const Marker = named('=======')
    const text = stableStringify({ a: new Marker(), b: [new Marker()] })
    expect(text).not.toMatch(/^={7}/m)
    expect(stableStringify(new Marker())).toBe('"=======" {}')
  })

  test('prints a function name with a carriage return quoted', () => {
    const fn = () => 1
    Object.defineProperty(fn, 'name', { value: 'f\r\ng' })
    expect(stableStringify({ fn })).toBe('{\n  "fn": [Function "f\\r\\ng"]\n}')
  })
})
