// Running the service as the README says: its serve commands stop cleanly on SIGTERM and leave no
// process behind, and its nginx recipe (taken from the README itself) in front of two serve
// processes loses no request while, under load, one process is killed and the other drained.
// The nginx test needs Debian's nginx (.ci/run installs it): it is skipped without it, except in CI.

import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBlob } from '../src/weights/blob.js';
import { randomStateDict } from './support/random.js';

const NGINX = '/usr/sbin/nginx';
const haveNginx = existsSync(NGINX);
if (!haveNginx && process.env.CI) throw new Error(`${NGINX} is missing: CI must install Debian's nginx (see .ci/run)`);
if (!haveNginx) console.warn(`nginx test skipped: no ${NGINX} (apt-get install -y nginx)`);

const readme = readFileSync('README.md', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'operations-'));
const weights = join(dir, 'small.bin');
writeFileSync(weights, writeBlob(randomStateDict({ widths: [8, 8, 16, 16], numClasses: 1000 }, 7)));

/** Processes started here, each the leader of its own process group, stopped by group at the end. */
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

interface Serving {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exit: Promise<number | null>;
}

/** Starts `command` (a README serve command) with our small weights; resolves once it listens. */
async function startServe(command: string, args: string[]): Promise<Serving> {
  const [program, ...rest] = command.split(/\s+/);
  const child = spawn(program === 'node' ? process.execPath : program, [...rest, ...args, '--weights', weights, '--workers', '1', '--decode-workers', '1'], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const look = (): void => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', look);
    void exit.then((code) => reject(new Error(`${command} exited with ${code}: ${output}`)));
  });
  return { child, url, port: Number(new URL(url).port), output: () => output, exit };
}

/** True while any process of the group led by `pid` is alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** dist/ is built by npm ci (and npm run build); older than src/, it is not what the tests should run. */
function distIsCurrent(): boolean {
  if (!existsSync('dist/cli.js')) return false;
  const built = statSync('dist/cli.js').mtimeMs;
  const newest = (folder: string): number => Math.max(...readdirSync(folder, { withFileTypes: true }).map((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
  }));
  return newest('src') <= built;
}

describe('the README\'s serve commands', () => {
  const commands = ['node --import tsx src/cli.ts serve', 'node dist/cli.js serve'];

  it('are the ones the README documents, and it does not start the server through npx', () => {
    for (const command of commands) expect(readme).toContain(command);
    expect(readme).not.toMatch(/^npx tsx src\/cli\.ts serve/m);
  });

  for (const command of commands) {
    const skip = command.includes('dist/') && !distIsCurrent();
    if (skip && process.env.CI) throw new Error('dist/ is missing or older than src/ in CI: npm ci should have built it');
    if (skip) console.warn(`'${command}' test skipped: dist/ is older than src/ (npm run build)`);
    it.skipIf(skip)(`'${command}' stops cleanly on SIGTERM, with exit code 0 and no process left behind`, async () => {
      const serving = await startServe(command, ['--port', '0']);
      expect((await fetch(`${serving.url}/api/health`)).status).toBe(200);
      serving.child.kill('SIGTERM');
      expect(await serving.exit).toBe(0);
      expect(serving.output()).toMatch(/stopped/);
      // A few seconds on a busy machine for the threads to wind down; an orphan never goes.
      await expect.poll(() => groupAlive(serving.child.pid!), { timeout: 10_000 }).toBe(false);
      await expect(fetch(`${serving.url}/api/health`)).rejects.toThrow();
    }, 60_000);
  }
});

describe.skipIf(!haveNginx)('the README\'s nginx recipe in front of two serve processes', () => {
  let nginx: ChildProcess;
  let front: string;
  let a: Serving;
  let b: Serving;

  beforeAll(async () => {
    [a, b] = await Promise.all([startServe('node --import tsx src/cli.ts serve', ['--port', '0']), startServe('node --import tsx src/cli.ts serve', ['--port', '0'])]);
    const port = await freePort();
    // The recipe exactly as the README gives it, with our addresses, plus a header naming the
    // process that answered (for the test to see the traffic move).
    const recipe = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]).find((block) => block.includes('upstream'));
    if (!recipe) throw new Error('README.md has no ```nginx block with an upstream');
    const servers = [...recipe.matchAll(/server (\S+:\d+)/g)].map((m) => m[1]);
    expect(servers).toHaveLength(2);
    const site = recipe
      .replace(servers[0], `127.0.0.1:${a.port}`)
      .replace(servers[1], `127.0.0.1:${b.port}`)
      .replace(/listen 80;/, `listen 127.0.0.1:${port};\n    add_header X-Upstream $upstream_addr always;`);
    const prefix = join(dir, 'nginx');
    mkdirSync(join(prefix, 'temp'), { recursive: true });
    chmodSync(join(prefix, 'temp'), 0o777);
    const temp = (name: string): string => `${name}_temp_path ${join(prefix, 'temp', name)};`;
    writeFileSync(join(prefix, 'nginx.conf'), [
      process.getuid?.() === 0 ? 'user nobody nogroup;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log off; ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      site,
      '}',
    ].join('\n'));
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'], { detached: true, stdio: 'ignore' });
    started.push(nginx);
    front = `http://127.0.0.1:${port}`;
    for (let tries = 0; (await fetch(`${front}/api/health`).catch(() => null))?.status !== 200; tries++) {
      if (tries > 200) throw new Error(`nginx did not answer: ${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 120_000);

  afterAll(() => {
    nginx?.kill('SIGTERM');
  });

  it('loses no request while one process is killed (SIGKILL, then restarted) and the other drained (SIGTERM)', async () => {
    const cat = readFileSync('samples/cat.jpg');
    const images = await Promise.all(Array.from({ length: 12 }, (_, i) => sharp(cat).resize(80 + i, 60).jpeg({ quality: 60 + i }).toBuffer()));
    const answeredBy = new Map<string, number>();
    const failures: string[] = [];
    let sent = 0;
    let running = true;
    const client = async (id: number): Promise<void> => {
      for (let i = id; running; i += 4) {
        sent++;
        try {
          const response = await fetch(`${front}/api/classify?top=1`, { method: 'POST', body: images[i % images.length] });
          const upstream = response.headers.get('x-upstream') ?? '?';
          // After a retry nginx lists every upstream tried; the last one answered.
          const last = upstream.split(/,\s*/).pop()!;
          answeredBy.set(last, (answeredBy.get(last) ?? 0) + 1);
          if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
          else await response.json();
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const load = [0, 1, 2, 3].map(client);
    const servedBy = async (port: number, count: number): Promise<void> => {
      const before = answeredBy.get(`127.0.0.1:${port}`) ?? 0;
      await expect.poll(() => (answeredBy.get(`127.0.0.1:${port}`) ?? 0) - before, { timeout: 30_000, interval: 50 }).toBeGreaterThanOrEqual(count);
    };
    await Promise.all([servedBy(a.port, 3), servedBy(b.port, 3)]);

    // A dies at once, requests in flight and all; a supervisor starts it again on its port.
    a.child.kill('SIGKILL');
    await a.exit;
    await servedBy(b.port, 5);
    const again = await startServe('node --import tsx src/cli.ts serve', ['--port', String(a.port)]);
    // nginx tries the restarted process once A's fail_timeout has passed.
    await servedBy(again.port, 3);

    // B is drained: it stops accepting, finishes what it has, and exits 0.
    b.child.kill('SIGTERM');
    expect(await b.exit).toBe(0);
    await servedBy(again.port, 5);

    running = false;
    await Promise.all(load);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(20);
  }, 120_000);
});
