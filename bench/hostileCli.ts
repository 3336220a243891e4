// The command line's part of bench/hostile.ts (issue 21, items 8–11): each case runs
// `node --import tsx src/cli.ts …` as a child process on a hostile file and reports its exit code,
// its first line of stderr, how long it ran and its peak RSS (the kernel's VmHWM, read every 20 ms).
// Every child is killed past a time or RSS cap, so that the figures of a build that does not
// defend itself are "killed at N MB / N s" instead of a machine brought down.
//
//   checkpoint  convert of a 3 MB .pth whose 6 storage entries each inflate to 500 MiB more
//   devices     classify, preprocess and verify on /dev/zero, on stdin from it, on a references
//               folder whose input is a link to it, and on a FIFO; verify of a [3, 1, 4000000] tensor
//   drip        fetch-weights from a loopback server that sends one byte every 5 s
//   symlinks    export-web into a folder holding a link to a file outside it and a dangling link

import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, openSync, closeSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeNpy } from '../src/formats/npy.js';
import { tensor } from '../src/tensor/tensor.js';
import { deflateBombCheckpoint } from '../test/support/hostileCheckpoints.js';

export interface CliRun {
  code: number | null;
  /** Why it was killed, when it was. */
  killed?: string;
  seconds: number;
  peakMb: number;
  stderr: string;
}

/** Runs the CLI with `args`; stdin from `stdin` (a path) or nothing; killed past `capSeconds` or `capMb` of RSS. */
export function runCli(args: string[], options: { stdin?: string; capSeconds?: number; capMb?: number } = {}): Promise<CliRun> {
  const { capSeconds = 60, capMb = 4000 } = options;
  const stdin = options.stdin ? openSync(options.stdin, 'r') : 'ignore';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { stdio: [stdin, 'ignore', 'pipe'] });
    if (typeof stdin === 'number') closeSync(stdin);
    let stderr = '';
    let peakKb = 0;
    let killed: string | undefined;
    child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr = (stderr + t).slice(-4000)));
    const status = (field: string): number => {
      try {
        const line = readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
        return line ? Number(line.split(/\s+/)[1]) : 0;
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      peakKb = Math.max(peakKb, status('VmHWM'));
      const seconds = (performance.now() - started) / 1000;
      if (!killed && (peakKb / 1024 > capMb || seconds > capSeconds)) {
        killed = peakKb / 1024 > capMb ? `killed at ${(peakKb / 1024).toFixed(0)} MB (cap)` : `still running at ${seconds.toFixed(0)} s, killed`;
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, killed, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, stderr: stderr.trim().split('\n')[0] ?? '' });
    });
  });
}

export function describeRun(run: CliRun): string {
  const end = run.killed ?? `exit ${run.code} after ${run.seconds.toFixed(1)} s`;
  return `${end}, peak ${run.peakMb.toFixed(0)} MB${run.stderr ? `: ${run.stderr.slice(0, 160)}` : ''}`;
}

/** convert of a deflate bomb: mini_zip.pth with 6 storage entries inflating to 500 MiB more each (3 MB on disk). */
export async function checkpointCase(scratch: string, say: (line: string) => void): Promise<Record<string, unknown>> {
  const bomb = deflateBombCheckpoint(readFileSync(new URL('../test/golden/checkpoints/mini_zip.pth', import.meta.url)), 500, 6);
  const path = join(scratch, 'bomb.pth');
  writeFileSync(path, bomb);
  const run = await runCli(['convert', path, '-o', join(scratch, 'bomb.bin')], { capMb: 7000, capSeconds: 120 });
  say(`checkpoint: convert of a ${(bomb.length / 1e6).toFixed(1)} MB .pth with 6 entries × 500 MiB → ${describeRun(run)}`);
  return { file_mb: bomb.length / 1e6, ...run };
}

/** Files that never end, and a tensor of 1 × 4 000 000 pixels. */
export async function devicesCase(scratch: string, weights: string, say: (line: string) => void): Promise<Record<string, unknown>> {
  const fifo = join(scratch, 'fifo');
  await new Promise<void>((resolve, reject) => spawn('mkfifo', [fifo]).on('close', (c) => (c === 0 ? resolve() : reject(new Error('mkfifo failed')))));
  const refs = join(scratch, 'refs');
  mkdirSync(refs);
  writeFileSync(join(refs, 'logits.npy'), writeNpy(tensor([1000], new Float32Array(1000))));
  symlinkSync('/dev/zero', join(refs, 'zero.npy'));
  writeFileSync(join(refs, 'long.npy'), writeNpy(tensor([3, 1, 4_000_000], new Float32Array(12_000_000))));
  const manifest = (input: string): string => JSON.stringify({ format: 'resnet18-ts references 1', numClasses: 1000, images: [{ name: 'x', input, logits: 'logits.npy' }] });
  writeFileSync(join(refs, 'manifest.json'), manifest('zero.npy'));
  const longRefs = join(scratch, 'long-refs');
  mkdirSync(longRefs);
  for (const name of ['logits.npy', 'long.npy']) writeFileSync(join(longRefs, name), readFileSync(join(refs, name)));
  writeFileSync(join(longRefs, 'manifest.json'), manifest('long.npy'));

  const cases: [string, string[], string | undefined][] = [
    ['classify /dev/zero', ['classify', '/dev/zero', '--weights', weights], undefined],
    ['classify - < /dev/zero', ['classify', '-', '--weights', weights], '/dev/zero'],
    ['preprocess /dev/zero', ['preprocess', '/dev/zero', '-o', join(scratch, 'x.npy')], undefined],
    ['preprocess - < /dev/zero', ['preprocess', '-', '-o', join(scratch, 'x.npy')], '/dev/zero'],
    ['verify REFS_DIR (input → /dev/zero)', ['verify', refs, '--weights', weights, '--workers', '1'], undefined],
    ['classify FIFO', ['classify', fifo, '--weights', weights], undefined],
    ['preprocess FIFO', ['preprocess', fifo, '-o', join(scratch, 'x.npy')], undefined],
    ['verify [3, 1, 4000000]', ['verify', longRefs, '--weights', weights, '--workers', '1'], undefined],
  ];
  const out: Record<string, CliRun> = {};
  for (const [name, args, stdin] of cases) {
    out[name] = await runCli(args, { stdin, capSeconds: 30, capMb: 2500 });
    say(`devices: ${name} → ${describeRun(out[name])}`);
  }
  return out;
}

/** fetch-weights from a server sending one byte every 5 s (loopback), bounded at 150 s. */
export async function dripCase(scratch: string, say: (line: string) => void): Promise<Record<string, unknown>> {
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-length': 46_830_571 });
    const timer = setInterval(() => res.write('x'), 5000);
    timers.add(timer);
    res.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models/resnet18-f37072fd.pth`;
  const run = await runCli(['fetch-weights', '--url', url, '-o', join(scratch, 'dripped.bin')], { capSeconds: 150 });
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  const left = readdirSync(scratch).filter((n) => n.startsWith('dripped') || n.startsWith('.dripped'));
  say(`drip: fetch-weights from a server sending a byte every 5 s → ${describeRun(run)}; files left: ${left.length}`);
  return { ...run, files_left: left };
}

/** export-web into a folder whose resnet18.bin links to a file outside, and whose index.html is a dangling link. */
export async function symlinksCase(scratch: string, weights: string, say: (line: string) => void): Promise<Record<string, unknown>> {
  const outside = join(scratch, 'outside');
  const site = join(scratch, 'site');
  mkdirSync(outside);
  mkdirSync(site);
  writeFileSync(join(outside, 'victim.txt'), 'keep me');
  symlinkSync(join(outside, 'victim.txt'), join(site, 'resnet18.bin'));
  symlinkSync(join(outside, 'created.html'), join(site, 'index.html'));
  symlinkSync(join(outside, 'created.bin'), join(site, 'serve.json'));
  const run = await runCli(['export-web', site, '--weights', weights], { capSeconds: 120 });
  const victim = statSync(join(outside, 'victim.txt')).size;
  const created = ['created.html', 'created.bin'].filter((n) => existsSync(join(outside, n)));
  const links = ['resnet18.bin', 'index.html', 'serve.json'].filter((n) => lstatSync(join(site, n)).isSymbolicLink());
  say(`symlinks: export-web → ${describeRun(run)}; the link's target is now ${victim} bytes (was 7); files created outside: ${created.length ? created.join(', ') : 'none'}; links left in DIR: ${links.length}`);
  rmSync(site, { recursive: true, force: true });
  return { ...run, victim_bytes: victim, created_outside: created, links_left: links };
}
