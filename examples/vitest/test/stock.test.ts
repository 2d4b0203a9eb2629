import { describe, expect, test } from 'vitest'
import { StockService, StockServiceFixed } from '../src/stock.js'

const skus = ['MUG-01', 'TEA-07', 'PEN-03', 'INK-9']

describe('stock levels', () => {
  test('one request at a time hides the shared-state race', async () => {
    const service = new StockService()
    await expect((list: string[]) => service.levels(list)).toBeIdempotent({ args: [skus] })
  })

  test('concurrent calls expose it', async () => {
    const service = new StockService()
    await expect(
      expect((list: string[]) => service.levels(list)).toBeIdempotent({
        args: [skus],
        concurrent: true,
      }),
    ).rejects.toThrow(/differs from call 1/)
  })

  test('the fixed service survives concurrent calls', async () => {
    const service = new StockServiceFixed()
    await expect((list: string[]) => service.levels(list)).toBeIdempotent({
      args: [skus],
      concurrent: true,
    })
  })
})
