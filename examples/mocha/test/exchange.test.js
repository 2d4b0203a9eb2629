const assert = require('node:assert/strict')
const {
  assertEqualUnordered,
  assertGoldenSorted,
  assertIdempotent,
} = require('expect-deterministic')
const { quote, quoteFixed, supported } = require('../src/exchange')

// No setup file: the plain assertions throw node:assert's AssertionError, which every runner
// reports. Goldens live in test/__golden__/exchange.test.js/, beside this file.

describe('exchange', () => {
  it('one quote at a time hides the shared cache', async () => {
    await assertIdempotent(quote, { args: [['USD', 'GBP']] })
  })

  it('concurrent quotes expose it', async () => {
    await assert.rejects(
      assertIdempotent(quote, { args: [['USD', 'GBP']], concurrent: true, times: 3 }),
      { name: 'AssertionError', message: /differs from call 1/ },
    )
  })

  it('the fixed quote survives concurrent calls', async () => {
    await assertIdempotent(quoteFixed, 3, { args: [['USD', 'GBP']], concurrent: true })
  })

  it('supported currencies compare as a multiset', () => {
    const bank = { name: 'Lakeside', currencies: new Set(['GBP', 'EUR', 'USD']) }
    assertEqualUnordered(supported(bank).currencies, ['EUR', 'GBP', 'USD'])
    assert.throws(() => assertEqualUnordered(supported(bank).currencies, ['EUR', 'USD']), {
      name: 'AssertionError',
      message: /0 missing, 1 extra/,
    })
  })

  it('the response matches its golden file, whatever order the Set was filled in', () => {
    const bank = { name: 'Lakeside', currencies: new Set(['USD', 'EUR', 'GBP']) }
    assertGoldenSorted(supported(bank), 'lakeside', { unordered: ['$.currencies'] })
  })
})
