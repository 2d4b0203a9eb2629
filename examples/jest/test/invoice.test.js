const { buildInvoice, buildInvoiceFixed } = require('../src/invoice')

const cart = {
  customer: 'ada',
  lines: [
    { sku: 'TEA-07', quantity: 2, unitCents: 650 },
    { sku: 'MUG-01', quantity: 1, unitCents: 1200 },
    { sku: 'TEA-07', quantity: 1, unitCents: 650 },
  ],
}

describe('invoice', () => {
  test('the buggy invoice follows the arrival order of the lines; shuffle catches it', () => {
    // `shuffle.unordered` marks the cart lines as a collection whose order means nothing.
    expect(() =>
      expect(buildInvoice).toBeIdempotent({ args: [cart], shuffle: { unordered: ['$[0].lines'] } }),
    ).toThrow(
      /The output depends on 'order'[\s\S]*Replay with \{ shuffle: \{ unordered: \['\$\[0\]\.lines'\] \}, seed: \d+ \}/,
    )
  })

  test('the fixed invoice is the same whatever the order', () => {
    expect(buildInvoiceFixed).toBeIdempotent({
      args: [cart],
      shuffle: { unordered: ['$[0].lines'] },
    })
  })

  test('a function that sorts its input in place is reported', () => {
    const sortInPlace = (c) => c.lines.sort((a, b) => a.quantity - b.quantity).length
    expect(() => expect(sortInPlace).toBeIdempotent({ args: [cart] })).toThrow(
      /call 1 reordered argument 0 at \$\.lines/,
    )
  })
})
