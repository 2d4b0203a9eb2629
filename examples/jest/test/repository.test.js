const { findOrdersByCustomer } = require('../src/repository')

const rows = [
  { orderId: 1, customer: 'ada', skus: ['MUG-01', 'TEA-07'] },
  { orderId: 2, customer: 'bob', skus: ['PEN-03'] },
  { orderId: 3, customer: 'ada', skus: ['PEN-03', 'MUG-01', 'TEA-07'] },
  { orderId: 4, customer: 'ada', skus: [] },
]

describe('findOrdersByCustomer', () => {
  test('returns the customer orders, in no particular order', () => {
    expect(findOrdersByCustomer(rows, 'ada')).toEqualUnordered([
      { orderId: 1, customer: 'ada', skus: ['TEA-07', 'MUG-01'] },
      { orderId: 3, customer: 'ada', skus: ['MUG-01', 'PEN-03', 'TEA-07'] },
      { orderId: expect.any(Number), customer: 'ada', skus: [] },
    ])
  })

  test('a changed order is reported by its id', () => {
    expect(() =>
      expect(findOrdersByCustomer(rows, 'ada')).toEqualUnordered(
        [
          { orderId: 1, customer: 'ada', skus: ['MUG-01', 'TEA-07'] },
          { orderId: 3, customer: 'ada', skus: ['PEN-03', 'MUG-01'] },
          { orderId: 4, customer: 'ada', skus: [] },
        ],
        { identifyBy: 'orderId' },
      ),
    ).toThrow(/orderId/)
  })

  test('works inside toEqual as an asymmetric matcher', () => {
    const ids = findOrdersByCustomer(rows, 'ada').map((row) => row.orderId)
    expect({ ids }).toEqual({ ids: expect.toEqualUnordered([4, 3, 1]) })
    expect({ ids }).toEqual({ ids: expect.not.toEqualUnordered([1, 3]) })
  })
})
