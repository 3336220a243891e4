// The engine in Chromium next to Node, in one run. Numbers go to bench/README.md ("In the browser").
//
//   1. ms per 224×224 image (batch 1, the median of `ITERATIONS` forward passes after two warm-ups)
//      for each backend with 1 and 2 workers, with the CPU the run obtained (cores: CPU time of
//      the browser's processes, or of this Node process, over wall time; Linux /proc);
//   2. 1 against 2 workers, interleaved pass by pass, in Chromium and in Node: the same-run ratio
//      of images per second, and the cores each obtained (on a busy machine a second worker can only
//      help if the process gets more than one core);
//   3. decode + preprocess of a 12-megapixel JPEG, Chromium (the library's preprocess) against
//      Node (sharp + the same resize), interleaved;
//   4. the camera: frames classified per second on 1 and 2 Web Workers, Chromium's fake camera
//      playing a photo at 30 frames per second (640×480), the page's loop (classifyVideo);
//   5. with the weights already in Cache Storage, the time from navigation to the first answer.
// Full-size ResNet-18 with generated weights (45 MB blob), the page cross-origin isolated on
// loopback.
//
//   npx tsx bench/browser.ts [--only forward,workers,decode,camera,first]

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Page } from 'playwright-core';
import { preprocess } from '../src/image/preprocess.js';
import { IMAGENET_RESNET18 } from '../src/model/architecture.js';
import { generateInput, generateResNet18StateDict } from '../src/model/generatedWeights.js';
import { createResNet18 } from '../src/model/model.js';
import { writeBlob } from '../src/weights/blob.js';
import { launchChromium } from '../test/support/chromium.js';
import { fakeCameraArgs, y4mFromPhoto } from '../test/support/fakeCamera.js';
import { startStaticServer } from '../test/support/staticServer.js';
import { bundleBrowser } from '../tools/build/browser.js';

const ITERATIONS = 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const run = (part: string): boolean => !only || only.has(part);

// ---------------------------------------------------------------------------------------------
// CPU time from /proc: all Chromium processes, or this process (all its threads).

const TICK_MS = 10;

/** Each process's parent and CPU ticks (utime + stime, all its threads), from /proc. */
function processTable(): Map<string, { parent: string; ticks: number }> {
  const table = new Map<string, { parent: string; ticks: number }>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(pid, { parent: fields[1], ticks: Number(fields[11]) + Number(fields[12]) });
    } catch { /* exited */ }
  }
  return table;
}

/**
 * CPU ticks by process id: this process, or the browser it started (this process's descendants;
 * other programs' Chromiums on a shared machine are not counted).
 */
function cpuTicks(which: 'chromium' | 'self'): Map<string, number> {
  const table = processTable();
  const self = String(process.pid);
  const ticks = new Map<string, number>();
  if (which === 'self') {
    ticks.set(self, table.get(self)?.ticks ?? 0);
    return ticks;
  }
  for (const [pid, { ticks: t }] of table) {
    let at = table.get(pid)?.parent;
    for (let depth = 0; at && at !== '0' && depth < 20; depth++) {
      if (at === self) {
        ticks.set(pid, t);
        break;
      }
      at = table.get(at)?.parent;
    }
  }
  return ticks;
}

/** Runs `work`, returning its result and the cores `which` used meanwhile (processes that came or went are left out). */
async function withCores<T>(which: 'chromium' | 'self', work: () => Promise<T>): Promise<{ result: T; cores: number }> {
  const before = cpuTicks(which);
  const started = performance.now();
  const result = await work();
  const wall = performance.now() - started;
  let used = 0;
  for (const [pid, ticks] of cpuTicks(which)) if (before.has(pid)) used += ticks - before.get(pid)!;
  return { result, cores: (used * TICK_MS) / wall };
}

// ---------------------------------------------------------------------------------------------

const stateDict = generateResNet18StateDict(IMAGENET_RESNET18, 0);
const input = generateInput([1, 3, 224, 224]);
const twelveMp = await sharp('samples/cat.jpg').resize(4000, 3000, { fit: 'fill' }).jpeg({ quality: 90 }).toBuffer();
const folder = mkdtempSync(join(tmpdir(), 'resnet18-bench-'));
const y4m = join(folder, 'cat.y4m');
writeFileSync(y4m, await y4mFromPhoto('samples/cat.jpg', 640, 480, 2, 30));

const files = new Map<string, Uint8Array>();
for (const [name, body] of await bundleBrowser()) files.set(`/${name}`, body);
files.set('/index.html', Buffer.from('<!doctype html><meta charset="utf-8"><title>loading</title><script type="module">' +
  'import * as lib from "./resnet18.js"; window.lib = lib; document.title = "ready";</script>'));
files.set('/first.html', Buffer.from('<!doctype html><meta charset="utf-8"><title>loading</title><script type="module">' +
  'import { loadModel } from "./resnet18.js"; const t0 = performance.timeOrigin;' +
  'const model = await loadModel({ weights: "resnet18.bin" }); const blob = await (await fetch("cat.jpg")).blob();' +
  'const top = await model.classify(blob); window.firstAnswer = { ms: performance.now(), label: top[0].label, fromCache: model.weights.fromCache };' +
  'document.title = "done";</script>'));
files.set('/resnet18.bin', writeBlob(stateDict));
files.set('/cat.jpg', readFileSync('samples/cat.jpg'));
files.set('/big.jpg', twelveMp);

const server = await startStaticServer(files, { isolated: true });
const browser = await launchChromium(fakeCameraArgs(y4m));
const report: string[] = [];
const say = (line: string): void => { report.push(line); console.log(line); };

/** Loads a model in the page as window.model (closing the previous one). */
const pageModel = (page: Page, options: { backend?: string; workers: number }): Promise<string> => page.evaluate(async (options) => {
  const g = globalThis as any;
  await g.model?.close();
  g.model = await g.lib.loadModel({ weights: 'resnet18.bin', ...options });
  return g.model.runtime.backend as string;
}, options);

const pageForward = (page: Page, data: number[], count: number): Promise<number[]> => page.evaluate(async ({ data, count }) => {
  const g = globalThis as any;
  g.x ??= g.lib.tensor([1, 3, 224, 224], Float32Array.from(data));
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await g.model.forward(g.x);
    ms.push(performance.now() - started);
  }
  return ms;
}, { data, count });

try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => (globalThis as any).document.title === 'ready');
  const data = Array.from(input.data);

  if (run('forward')) {
    const rows: Record<string, string | number>[] = [];
    for (const backend of ['wasm', 'js'] as const) {
      for (const workers of [1, 2]) {
        const node = await createResNet18({ weights: stateDict, workers, backend });
        for (let i = 0; i < 2; i++) await node.forward(input);
        const nodeRun = await withCores('self', async () => {
          const ms: number[] = [];
          for (let i = 0; i < ITERATIONS; i++) {
            const started = performance.now();
            await node.forward(input);
            ms.push(performance.now() - started);
          }
          return ms;
        });
        await node.close();
        const description = await pageModel(page, { backend, workers });
        await pageForward(page, data, 2);
        const browserRun = await withCores('chromium', () => pageForward(page, data, ITERATIONS));
        rows.push({ backend: description, workers, 'Node ms': median(nodeRun.result).toFixed(0), 'Node cores': nodeRun.cores.toFixed(2),
          'Chromium ms': median(browserRun.result).toFixed(0), 'Chromium cores': browserRun.cores.toFixed(2) });
        console.table(rows.slice(-1));
      }
    }
    console.table(rows);
    for (const r of rows) say(`| ${r.backend} | ${r.workers} | ${r['Node ms']} (${r['Node cores']} cores) | ${r['Chromium ms']} (${r['Chromium cores']} cores) |`);
  }

  if (run('workers')) {
    // Interleaved: one pass on 1 worker, one on 2, … so both see the same machine.
    const rounds = 15;
    const one = await createResNet18({ weights: stateDict, workers: 1 });
    const two = await createResNet18({ weights: stateDict, workers: 2 });
    for (let i = 0; i < 2; i++) { await one.forward(input); await two.forward(input); }
    const n1: number[] = [], n2: number[] = [];
    let c1 = 0, c2 = 0;
    for (let i = 0; i < rounds; i++) {
      const a = await withCores('self', async () => { const t = performance.now(); await one.forward(input); return performance.now() - t; });
      const b = await withCores('self', async () => { const t = performance.now(); await two.forward(input); return performance.now() - t; });
      n1.push(a.result); n2.push(b.result); c1 += a.cores / rounds; c2 += b.cores / rounds;
    }
    await one.close(); await two.close();
    await page.evaluate(async () => {
      const g = globalThis as any;
      await g.model?.close();
      g.one = await g.lib.loadModel({ weights: 'resnet18.bin', workers: 1 });
      g.two = await g.lib.loadModel({ weights: 'resnet18.bin', workers: 2 });
      g.model = null;
    });
    const pass = (which: 'one' | 'two'): Promise<number> => page.evaluate(async (which) => {
      const g = globalThis as any;
      const t = performance.now();
      await g[which].forward(g.x);
      return performance.now() - t;
    }, which);
    await pageForward(page, data, 0);
    for (let i = 0; i < 2; i++) { await pass('one'); await pass('two'); }
    const b1: number[] = [], b2: number[] = [];
    let d1 = 0, d2 = 0;
    for (let i = 0; i < rounds; i++) {
      const a = await withCores('chromium', () => pass('one'));
      const b = await withCores('chromium', () => pass('two'));
      b1.push(a.result); b2.push(b.result); d1 += a.cores / rounds; d2 += b.cores / rounds;
    }
    await page.evaluate(async () => { const g = globalThis as any; await g.one.close(); await g.two.close(); });
    say(`1 vs 2 workers, interleaved, ${rounds} rounds, wasm: ` +
      `Node ${median(n1).toFixed(0)} / ${median(n2).toFixed(0)} ms = ${(median(n1) / median(n2)).toFixed(2)}× (cores ${c1.toFixed(2)} / ${c2.toFixed(2)}); ` +
      `Chromium ${median(b1).toFixed(0)} / ${median(b2).toFixed(0)} ms = ${(median(b1) / median(b2)).toFixed(2)}× (cores ${d1.toFixed(2)} / ${d2.toFixed(2)})`);
  }

  if (run('decode')) {
    // Also the whole decoded image read back (decodedRgb: through WebGL, as preprocess did before
    // it read only the crop's rectangle), and the browser's JPEG decoding alone.
    const rounds = 9;
    const chromium: number[] = [], whole: number[] = [], decodeOnly: number[] = [], node: number[] = [];
    await page.evaluate(async () => { (globalThis as any).big = await (await fetch('big.jpg')).blob(); });
    for (let i = 0; i < rounds + 1; i++) {
      const c = await page.evaluate(async () => {
        const g = globalThis as any;
        let t = performance.now();
        await g.lib.Classifier.prototype.preprocess(g.big);
        const pre = performance.now() - t;
        t = performance.now();
        await g.lib.decodedRgb(g.big);
        const rgb = performance.now() - t;
        t = performance.now();
        (await g.createImageBitmap(g.big, { imageOrientation: 'none' })).close();
        return { pre, rgb, bitmap: performance.now() - t };
      });
      const t = performance.now();
      await preprocess(twelveMp);
      const n = performance.now() - t;
      if (i > 0) { chromium.push(c.pre); whole.push(c.rgb); decodeOnly.push(c.bitmap); node.push(n); }
    }
    const ratios = chromium.map((c, i) => c / node[i]);
    say(`decode + preprocess of a 4000×3000 JPEG, interleaved, ${rounds} rounds: Chromium ${median(chromium).toFixed(0)} ms, ` +
      `Node ${median(node).toFixed(0)} ms: ratio of medians ${(median(chromium) / median(node)).toFixed(2)}, median of ratios ${median(ratios).toFixed(2)}; ` +
      `Chromium's decoding alone (createImageBitmap) ${median(decodeOnly).toFixed(0)} ms; the whole image read back through WebGL (decodedRgb) ${median(whole).toFixed(0)} ms`);
  }

  if (run('camera')) {
    for (const workers of [1, 2]) {
      const fps = await page.evaluate(async (workers) => {
        const g = globalThis as any;
        await g.model?.close();
        g.model = await g.lib.loadModel({ weights: 'resnet18.bin', workers });
        const video = g.document.createElement('video');
        video.muted = true;
        video.playsInline = true;
        g.document.body.append(video);
        const stream = await g.lib.openCamera();
        video.srcObject = stream;
        await video.play();
        let frames = 0;
        let inference = 0;
        let pixels = 0;
        // (A computed key: tsx would wrap a named property's function in a helper the page lacks.)
        const options: Record<string, unknown> = { topK: 3 };
        options['onFrame'] = (f: any) => { frames++; inference += f.timing_ms.inference; pixels += f.timing_ms.capture + f.timing_ms.preprocess; };
        const live = g.lib.classifyVideo(g.model, video, options);
        await new Promise((r) => setTimeout(r, 3000));          // warm-up
        const [f0, i0, p0, t0] = [frames, inference, pixels, performance.now()];
        await new Promise((r) => setTimeout(r, 10_000));
        const [f1, i1, p1, t1] = [frames, inference, pixels, performance.now()];
        live.stop();
        g.lib.stopCamera(stream);
        video.remove();
        const n = Math.max(1, f1 - f0);
        return { fps: ((f1 - f0) * 1000) / (t1 - t0), inference: (i1 - i0) / n, pixels: (p1 - p0) / n };
      }, workers);
      say(`camera (fake, 640×480 at 30 fps), ${workers} worker${workers > 1 ? 's' : ''}: ${fps.fps.toFixed(1)} frames classified per second; per frame, reading + preprocessing ${fps.pixels.toFixed(1)} ms, inference ${fps.inference.toFixed(0)} ms`);
    }
  }

  if (run('first')) {
    // Weights now in Cache Storage: navigation → the first photo's answer.
    const first: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.url}/first.html`);
      await page.waitForFunction(() => (globalThis as any).document.title === 'done', undefined, { timeout: 120_000 });
      const answer = await page.evaluate(() => (globalThis as any).firstAnswer) as { ms: number; fromCache: boolean };
      if (!answer.fromCache) throw new Error('the weights did not come from the cache');
      first.push(answer.ms);
    }
    say(`page load → first answer, weights cached, default workers, wasm: median ${median(first).toFixed(0)} ms of ${first.map((m) => m.toFixed(0)).join(', ')}`);
  }
  console.log(`\n${report.join('\n')}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
