import { createServer, type Server } from 'node:http'

interface Product {
  sku: string
  name: string
  tags: Set<string>
}

// Insertion order differs between the two "replicas", as it does between database nodes.
const primary: Product[] = [
  { sku: 'MUG-01', name: 'Mug', tags: new Set(['kitchen', 'gift']) },
  { sku: 'TEA-07', name: 'Green tea', tags: new Set(['gift', 'food']) },
  { sku: 'PEN-03', name: 'Fountain pen', tags: new Set(['office']) },
]
const replica = [...primary].reverse().map((p) => ({ ...p, tags: new Set([...p.tags].reverse()) }))

/**
 * A catalog API on a free local port. BUG: each request is served by the next replica in turn,
 * and the body lists products and tags in the replica's order, which the API never promised.
 */
export function startCatalog(): Promise<{ server: Server; url: string }> {
  let requests = 0
  const server = createServer((request, response) => {
    const products = requests++ % 2 === 0 ? primary : replica
    const tag = new URL(request.url ?? '/', 'http://localhost').searchParams.get('tag')
    const items = products
      .filter((p) => tag === null || p.tags.has(tag))
      .map((p) => ({ sku: p.sku, name: p.name, tags: [...p.tags] }))
    response.setHeader('content-type', 'application/json')
    response.end(JSON.stringify({ count: items.length, items }))
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      resolve({ server, url: `http://127.0.0.1:${port}` })
    })
  })
}
