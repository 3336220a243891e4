// Cross-origin safety: the service answers only for the Host names it serves (no DNS rebinding),
// and refuses POSTs from web pages of other origins unless --cors-origin lists them. First over
// plain HTTP with the headers a browser would send, then in Debian's Chromium: a page served by a
// second local server, on another port, tries to use the API.

import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, type Classifier } from '../src/classifier/classifier.js';
import { OriginPolicy } from '../src/server/originPolicy.js';
import { startServer, type RunningServer, type ServerOptions } from '../src/server/server.js';
import { randomStateDict } from './support/random.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const haveChromium = chromiumAvailable('cross-origin browser tests');

const jpeg = readFileSync('test/golden/images/formats/jpeg_odd_37x29.jpg');

let classifier: Classifier;
const servers: RunningServer[] = [];

beforeAll(async () => {
  classifier = await loadModel({ weights: randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7), workers: 1 });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await classifier?.close();
});

async function serve(options: Partial<ServerOptions> = {}, log: string[] = []): Promise<RunningServer> {
  const server = await startServer({ classifier, host: '127.0.0.1', port: 0, log: (line) => log.push(line), ...options });
  servers.push(server);
  return server;
}

/** A request with exactly these headers (fetch would not let us set Host or Sec-Fetch-Site). */
function send(server: RunningServer, method: string, path: string, headers: Record<string, string>, body?: Uint8Array): Promise<{ status: number; headers: IncomingMessage['headers']; json: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers, setHost: !('Host' in headers) }, (response) => {
      let text = '';
      response.on('data', (c) => { text += c; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function imagesRun(server: RunningServer): Promise<number> {
  return ((await (await fetch(`${server.url}/api/health`)).json()) as { images_run: number }).images_run;
}

describe('the Host header', () => {
  it('is refused with 403 host_not_allowed when it names another host (DNS rebinding), on every path', async () => {
    const server = await serve();
    for (const [method, path] of [['GET', '/api/health'], ['GET', '/'], ['POST', '/api/classify']]) {
      const answer = await send(server, method, path, { Host: `evil.example:${server.port}` }, method === 'POST' ? jpeg : undefined);
      expect({ path, status: answer.status }).toEqual({ path, status: 403 });
      expect(answer.json.error.code).toBe('host_not_allowed');
    }
    expect(await imagesRun(server)).toBe(0);
  });

  it('is answered for the loopback names of a server bound to loopback', async () => {
    const server = await serve();
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'localhost', `[::1]:${server.port}`, `app.localhost:${server.port}`]) {
      expect({ host, status: (await send(server, 'GET', '/api/health', { Host: host })).status }).toEqual({ host, status: 200 });
    }
  });

  it('admits the names given with allowedHosts, and subdomains of a name starting with a dot', async () => {
    const server = await serve({ allowedHosts: ['api.example.com', '.corp.example'] });
    for (const host of ['api.example.com', 'API.example.com:443', 'corp.example', 'gpu1.corp.example:8080']) {
      expect({ host, status: (await send(server, 'GET', '/api/health', { Host: host })).status }).toEqual({ host, status: 200 });
    }
    for (const host of ['example.com', 'evilcorp.example', 'api.example.com.evil.example']) {
      expect({ host, status: (await send(server, 'GET', '/api/health', { Host: host })).status }).toEqual({ host, status: 403 });
    }
  });

  it('is judged by the address bound: any IP address for 0.0.0.0, only that address for one address', () => {
    const request = (host: string) => ({ headers: { host }, method: 'GET' }) as unknown as IncomingMessage;
    const any = new OriginPolicy({ boundHost: '0.0.0.0' });
    for (const host of ['10.1.2.3:8080', '[fe80::1]:8080', 'localhost:8080']) expect(() => any.check(request(host))).not.toThrow();
    expect(() => any.check(request('evil.example:8080'))).toThrow(/evil\.example/);
    const one = new OriginPolicy({ boundHost: '10.1.2.3' });
    expect(() => one.check(request('10.1.2.3:8080'))).not.toThrow();
    expect(() => one.check(request('10.1.2.4:8080'))).toThrow(/host/);
  });
});

describe('POSTs from web pages', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await serve(); });

  const origin = (port: number): string => `http://127.0.0.1:${port}`;
  const cases: [string, () => Record<string, string>, number][] = [
    ['Sec-Fetch-Site: cross-site', () => ({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }), 403],
    ['Sec-Fetch-Site: same-site (another port of this machine)', () => ({ 'Sec-Fetch-Site': 'same-site', Origin: origin(server.port + 1) }), 403],
    ['an Origin of another port, without Sec-Fetch-Site (an older browser)', () => ({ Origin: origin(server.port + 1) }), 403],
    ['Origin: null (a sandboxed page or a file)', () => ({ Origin: 'null' }), 403],
    ['Sec-Fetch-Site: same-origin (the service\'s own page)', () => ({ 'Sec-Fetch-Site': 'same-origin', Origin: origin(server.port) }), 200],
    ['the own Origin, without Sec-Fetch-Site', () => ({ Origin: origin(server.port) }), 200],
    ['Sec-Fetch-Site: none (typed by the user)', () => ({ 'Sec-Fetch-Site': 'none' }), 200],
    ['neither header (curl, a program)', () => ({}), 200],
  ];
  for (const [what, headers, status] of cases) {
    it(`answers ${status} to a POST with ${what}`, async () => {
      const before = await imagesRun(server);
      const answer = await send(server, 'POST', '/api/classify', { 'Content-Type': 'image/jpeg', ...headers() }, jpeg);
      expect(answer.status).toBe(status);
      if (status === 403) {
        expect(answer.json.error.code).toBe('cross_origin');
        expect(answer.json.error.message).toMatch(/--cors-origin/);
        // Refused before the image was read: nothing ran for it.
        expect(await imagesRun(server)).toBe(before);
      }
    });
  }
});

describe('--cors-origin', () => {
  const allowed = 'https://app.example.com';
  it('answers the preflight of a listed origin, and lets its pages POST and read the answer', async () => {
    const server = await serve({ corsOrigins: [allowed], cacheEntries: 0 });
    const preflight = await send(server, 'OPTIONS', '/api/classify', { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(allowed);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    const answer = await send(server, 'POST', '/api/classify', { Origin: allowed, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'image/jpeg' }, jpeg);
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(allowed);
    expect(answer.headers.vary).toBe('Origin');
  });

  it('still refuses origins it does not list, and answers their preflight without CORS headers', async () => {
    const server = await serve({ corsOrigins: [allowed] });
    const preflight = await send(server, 'OPTIONS', '/api/classify', { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const answer = await send(server, 'POST', '/api/classify', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, jpeg);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe.skipIf(!haveChromium)('in Chromium: a page on another port of this machine', () => {
  let browser: Browser;
  let pageServer: Server;
  let pageOrigin: string;
  let api: RunningServer;
  const apiLog: string[] = [];

  beforeAll(async () => {
    api = await serve({}, apiLog);
    // The "other site": a second local server, on its own port, serving an empty page.
    pageServer = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>another site</title><p>another site</p>');
    });
    await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
    browser = await launchChromium(['--host-resolver-rules=MAP rebind.test 127.0.0.1']);  // rebind.test resolves to 127.0.0.1, as an attacker's DNS would make it
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => pageServer?.close(resolve));
  });

  it('cannot classify through the API with fetch (cors or no-cors), nor crash it with the unterminated multipart', async () => {
    const page = await browser.newPage();
    await page.goto(pageOrigin);
    const before = apiLog.length;
    const outcome = await page.evaluate(async ({ url, bytes }) => {
      const image = new Uint8Array(bytes);
      const results: string[] = [];
      // A simple CORS request (no preflight): the browser sends it, the server must refuse it.
      try {
        const response = await fetch(`${url}/api/classify`, { method: 'POST', body: image });
        results.push(`cors read ${response.status}`);
      } catch (error) {
        results.push(`cors blocked: ${(error as Error).name}`);
      }
      // no-cors: the page cannot read the answer, but the request is sent.
      await fetch(`${url}/api/classify`, { method: 'POST', mode: 'no-cors', body: image });
      results.push('no-cors sent');
      // The 88-byte request that used to stop the process.
      const crash = '--XyZ\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nabc';
      await fetch(`${url}/api/classify`, { method: 'POST', mode: 'no-cors', body: crash, headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' } });
      results.push('multipart sent');
      return results;
    }, { url: api.url, bytes: Array.from(jpeg) });
    expect(outcome).toEqual(['cors blocked: TypeError', 'no-cors sent', 'multipart sent']);
    // Each of the three POSTs reached the server and was refused there, before any work.
    await expect.poll(() => apiLog.slice(before).filter((line) => / POST \/api\/classify 403 /.test(line)).length).toBe(3);
    expect(await imagesRun(api)).toBe(0);
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    await page.close();
  }, 60_000);

  it('cannot reach it under a rebound DNS name: the page and the API answer 403', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://rebind.test:${api.port}/`);
    expect(response?.status()).toBe(403);
    const status = await page.evaluate(async () => (await fetch('/api/classify', { method: 'POST', body: new Uint8Array([0xff, 0xd8, 0xff]) })).status);
    expect(status).toBe(403);
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    await page.close();
  }, 60_000);

  it('can classify and read the answer once --cors-origin names the page\'s origin', async () => {
    const open = await serve({ corsOrigins: [pageOrigin] });
    const page = await browser.newPage();
    await page.goto(pageOrigin);
    const answer = await page.evaluate(async ({ url, bytes }) => {
      const response = await fetch(`${url}/api/classify?top=2`, { method: 'POST', body: new Uint8Array(bytes), headers: { 'Content-Type': 'image/jpeg' } });
      return { status: response.status, json: (await response.json()) as any };
    }, { url: open.url, bytes: Array.from(jpeg) });
    expect(answer.status).toBe(200);
    expect(answer.json.top.map((p: { index: number }) => p.index)).toEqual((await classifier.classify(jpeg, { topK: 2 })).map((p) => p.index));
    await page.close();
  }, 60_000);
});
