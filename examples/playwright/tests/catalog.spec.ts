import type { Server } from 'node:http'
import { expect as base, test } from '@playwright/test'
import { matchers } from 'expect-deterministic/playwright'
import { startCatalog } from '../src/server.js'

// Playwright's expect.extend returns a new expect; combine it with others with mergeExpects.
const expect = base.extend(matchers)

let server: Server
let url: string
test.beforeAll(async () => {
  ;({ server, url } = await startCatalog())
})
test.afterAll(() => {
  server.close()
})

// The API promises neither the order of the items nor the order of their tags.
const unordered = ['$.items', '$.items[*].tags']

test.describe('GET /products', () => {
  test('two replicas answer in different orders, and toEqualUnordered does not care', async ({
    request,
  }) => {
    const first = await (await request.get(`${url}/products?tag=gift`)).json()
    const second = await (await request.get(`${url}/products?tag=gift`)).json()
    expect(first).not.toEqual(second)
    expect(first.items).toEqualUnordered(second.items)
  })

  // tests/__golden__/catalog.spec.ts/ holds sorted JSON; `npx playwright test -u` rewrites it.
  for (const replica of ['primary', 'replica']) {
    test(`the body matches its golden file (${replica})`, async ({ request }) => {
      const body = await (await request.get(`${url}/products?tag=gift`)).json()
      expect(body).toMatchGoldenSorted('gift', { unordered })
    })
  }

  test('the handler is not idempotent over HTTP: toBeIdempotent shows the two orders', async ({
    request,
  }) => {
    const fetchGifts = async () => (await request.get(`${url}/products?tag=gift`)).json()
    await expect(expect(fetchGifts).toBeIdempotent(2)).rejects.toThrow(/differs from call 1/)
    // Compared with the API's contract, it is.
    await expect(fetchGifts).toBeIdempotent(4, { unordered: true })
  })
})
