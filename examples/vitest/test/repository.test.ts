import { describe, expect, test } from 'vitest'
import { findOrdersByCustomer, type OrderRow } from '../src/repository.js'

const rows: OrderRow[] = [
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

  test('the plain toEqual would fail on order alone', () => {
    expect(() =>
      expect(findOrdersByCustomer(rows, 'ada')).toEqual([
        { orderId: 1, customer: 'ada', skus: ['MUG-01', 'TEA-07'] },
        { orderId: 3, customer: 'ada', skus: ['PEN-03', 'MUG-01', 'TEA-07'] },
        { orderId: 4, customer: 'ada', skus: [] },
      ]),
    ).toThrow()
  })

  test('a missing order is named in the failure', () => {
    expect(() =>
      expect(findOrdersByCustomer(rows, 'ada')).toEqualUnordered([
        { orderId: 1, customer: 'ada', skus: ['MUG-01', 'TEA-07'] },
        { orderId: 4, customer: 'ada', skus: [] },
      ]),
    ).toThrow(/extra/)
  })

  test('works inside toEqual as an asymmetric matcher', () => {
    expect({
      customer: 'ada',
      orders: findOrdersByCustomer(rows, 'ada').map((row) => row.orderId),
    }).toEqual({
      customer: 'ada',
      orders: expect.toEqualUnordered([4, 3, 1]),
    })
  })
})
