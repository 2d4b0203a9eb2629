const { customerSummary } = require('../src/handler')

const ada = { id: 7, name: 'Ada' }
const orders = [
  { orderId: 3, skus: ['PEN-03', 'MUG-01'] },
  { orderId: 1, skus: ['MUG-01', 'TEA-07'] },
]

describe('GET /customers/:id/summary', () => {
  // test/__golden__/handler.test.js/ holds the body as sorted JSON; `jest -u` rewrites it.
  test('the body matches its golden file, whatever order the orders came in', () => {
    expect(customerSummary(ada, orders)).toMatchGoldenSorted('summary', { unordered: ['$.orders'] })
    expect(customerSummary(ada, [...orders].reverse())).toMatchGoldenSorted('summary-reversed', {
      unordered: ['$.orders'],
    })
  })
})
