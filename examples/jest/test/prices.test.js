const { quote, quoteFixed } = require('../src/prices')

const skus = ['MUG-01', 'TEA-07', 'PEN-03', 'INK-9']

describe('price quotes', () => {
  test('one request at a time hides the shared cache', async () => {
    await expect(quote).toBeIdempotent({ args: [skus] })
  })

  test('concurrent calls expose it', async () => {
    await expect(expect(quote).toBeIdempotent({ args: [skus], concurrent: true })).rejects.toThrow(
      /differs from call 1/,
    )
  })

  test('the fixed quote survives concurrent calls', async () => {
    await expect(quoteFixed).toBeIdempotent(3, { args: [skus], concurrent: true })
  })
})
