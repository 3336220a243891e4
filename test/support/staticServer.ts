// A tiny static file server on loopback for browser tests: files from a map (URL path → bytes),
// optionally with the cross-origin isolation headers, recording every request it answers.
// GET and HEAD, ETag and Content-Length: what a plain static host gives.

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  url: string;
  /** "GET /resnet18.bin", in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json',
  '.bin': 'application/octet-stream', '.json': 'application/json',
};

export async function startStaticServer(files: Map<string, Uint8Array>, options: { isolated: boolean }): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const asked = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(`${request.method} ${asked}`);
    const path = asked.endsWith('/') ? `${asked}index.html` : asked;
    const body = files.get(path);
    const headers: Record<string, string> = {};
    if (options.isolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    if (!body || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(body ? 405 : 404, headers).end();
      return;
    }
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': String(body.length), ETag: etag, 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
