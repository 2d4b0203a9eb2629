import { generateKeyPairSync, webcrypto } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, test } from 'vitest'
import { deepEqual } from '../../../../src/core/equality/deepEqual'
import { platformTypeOf } from '../../../../src/core/kinds/kindOf'
import { isForeignOpaque, platformTypeOfPrototype } from '../../../../src/core/kinds/platformTypes'
import { stableStringify } from '../../../../src/core/text/stableStringify'

describe('platformTypes', () => {
  test.each<[string, object, unknown]>([
    ['URL', new URL('http://a.test/x?y=1'), 'http://a.test/x?y=1'],
    ['URLSearchParams', new URLSearchParams('b=2&a=1'), 'b=2&a=1'],
    [
      'Headers',
      new Headers([
        ['B', '2'],
        ['a', '1'],
      ]),
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['TextEncoder', new TextEncoder(), 'utf-8'],
    ['Intl.Locale', new Intl.Locale('de-CH'), 'de-CH'],
  ])('passes when a %s is read as the value it holds', (_name, object, value) => {
    expect(platformTypeOf(object).value?.(object)).toEqual(value)
  })

  test('passes when a copy is independent of later changes to the original', () => {
    const url = new URL('http://a.test/')
    const copy = platformTypeOf(url).copy?.(url) as URL
    url.pathname = '/changed'
    expect(copy.href).toBe('http://a.test/')
    const headers = new Headers([['a', '1']])
    const headersCopy = platformTypeOf(headers).copy?.(headers) as Headers
    headers.set('a', '2')
    expect(headersCopy.get('a')).toBe('1')
  })

  test('passes when asymmetric KeyObjects compare and print by their DER encoding', () => {
    const one = generateKeyPairSync('ed25519')
    const two = generateKeyPairSync('ed25519')
    expect(deepEqual(one.publicKey, one.publicKey.export({ format: 'jwk' }))).toBe(false)
    expect(deepEqual(one.publicKey, two.publicKey)).toBe(false)
    expect(deepEqual(one.privateKey, two.privateKey)).toBe(false)
    const again = platformTypeOf(one.publicKey).value?.(one.publicKey)
    expect(again).toBe(one.publicKey.export({ type: 'spki', format: 'der' }).toString('hex'))
    expect(stableStringify(one.privateKey)).toMatch(/^PrivateKeyObject\("[0-9a-f]+"\)$/)
  })

  test('passes when an extractable CryptoKey compares by value and a non-extractable one by identity', async () => {
    const raw = new Uint8Array([1, 2, 3, 4])
    const algorithm = { name: 'HMAC', hash: 'SHA-256' }
    const importKey = (extractable: boolean) =>
      webcrypto.subtle.importKey('raw', raw, algorithm, extractable, ['sign'])
    const [a, b] = await Promise.all([importKey(true), importKey(true)])
    expect(deepEqual(a, b)).toBe(true)
    expect(stableStringify(a)).toBe(stableStringify(b))
    const [c, d] = await Promise.all([importKey(false), importKey(false)])
    expect(deepEqual(c, d)).toBe(false)
    expect(deepEqual(c, c)).toBe(true)
    expect(stableStringify(c, { indent: 0 })).toBe(
      '[CryptoKey by identity {"algorithm":"HMAC","type":"secret"}]',
    )
  })

  test('passes when objects that cannot be read compare by identity and say so when printed', () => {
    const file = new File(['ab'], 'a.txt', { type: 'text/plain', lastModified: 7 })
    expect(platformTypeOf(file).value).toBeUndefined()
    expect(stableStringify(file, { indent: 0 })).toBe(
      '[File by identity {"lastModified":7,"name":"a.txt","size":2,"type":"text/plain"}]',
    )
    expect(stableStringify(new MessageChannel().port1, { indent: 0 })).toBe(
      '[MessagePort by identity]',
    )
  })

  test('passes when prototypes outside the table are not platform types', () => {
    expect(platformTypeOfPrototype(Object.prototype)).toBeUndefined()
    expect(platformTypeOfPrototype(URL.prototype)).toBeDefined()
    expect(platformTypeOfPrototype(Promise.prototype)?.opaque).toBe(true)
  })

  test('passes when opaque objects of another realm are confirmed by their slot, not their tag', () => {
    const promise = runInNewContext('Promise.resolve(1)') as object
    expect(isForeignOpaque(promise, Object.prototype.toString.call(promise))).toBe(true)
    const impostor = { [Symbol.toStringTag]: 'Promise' }
    expect(isForeignOpaque(impostor, '[object Promise]')).toBe(false)
    const iterator = runInNewContext('new Map([[1, 2]]).keys()') as object
    expect(isForeignOpaque(iterator, '[object Map Iterator]')).toBe(true)
  })
})
