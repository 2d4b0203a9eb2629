import { describe, expect, test } from 'vitest'
import { copyShell } from '../../../src/idempotent/copyShell'
import { Kind } from '../../../src/core/kinds/kindOf'

const noBuffer = (): ArrayBuffer => {
  throw new Error('not asked')
}

describe('copyShell', () => {
  test('passes when containers get an empty copy and the children still to copy', () => {
    expect(copyShell({ b: 1, a: 2 }, Kind.Object, noBuffer)).toEqual({
      target: {},
      children: ['b', 'a'],
    })
    const map = new Map([['k', 1]])
    expect(copyShell(map, Kind.Map, noBuffer)?.children).toEqual([['k', 1]])
    expect(copyShell([1, 2], Kind.Array, noBuffer)?.children).toBe('indices')
  })

  test('passes when views share one copied buffer, and shared memory stays shared', () => {
    const buffer = new ArrayBuffer(4)
    const copied = new ArrayBuffer(4)
    const shell = copyShell(new Uint16Array(buffer, 2, 1), Kind.Binary, () => copied)
    expect((shell?.target as Uint16Array).buffer).toBe(copied)
    expect((shell?.target as Uint16Array).byteOffset).toBe(2)
    expect(copyShell(new SharedArrayBuffer(2), Kind.Binary, noBuffer)).toBeUndefined()
  })

  test('passes when what cannot be copied is kept by reference', () => {
    expect(copyShell(new ReadableStream(), Kind.Identity, noBuffer)).toBeUndefined()
    expect(copyShell(Promise.resolve(), Kind.Identity, noBuffer)).toBeUndefined()
  })
})
