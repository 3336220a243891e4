// Where the weights live when nobody names a file, and loadModel()'s first-use download: the
// per-user cache (RESNET18_HOME, XDG_CACHE_HOME, ~/.cache), a checkout's weights/ first, the
// download from a local HTTP server (checked, atomic, with progress, once), and offline mode.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWeightsFile, type DownloadProgress, type WeightsLoadProgress } from '../src/classifier/ensureWeights.js';
import { isInstalledPackage, weightsHome, weightsPlaces, weightsTarget, type WeightsPlaces } from '../src/classifier/weightsLocation.js';
import { loadModel } from '../src/classifier/classifier.js';
import { loadBlobFile } from '../src/weights/blobFile.js';

const checkpoints = new URL('./golden/checkpoints/', import.meta.url);
const CHECKPOINT = readFileSync(new URL('mini_zip.pth', checkpoints));
const manifest = JSON.parse(readFileSync(new URL('manifest.json', checkpoints), 'utf8'));
const PREFIX: string = manifest.files['mini_zip.pth'].sha256.slice(0, 8);
const scratch = mkdtempSync(join(tmpdir(), 'weights-location-'));

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/models/mini-${PREFIX}.pth` || req.url === '/models/mini-00000000.pth') {
      res.writeHead(200, { 'content-length': CHECKPOINT.length });
      res.end(CHECKPOINT);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

/** The places of an installed package whose cache is a fresh folder (no checkout weights). */
function installed(offline = false): WeightsPlaces & { home: string } {
  const home = mkdtempSync(join(scratch, 'home-'));
  return { checkout: undefined, cache: join(home, 'resnet18.bin'), command: 'npx resnet18', offline, home };
}

describe('the per-user weights folder', () => {
  it('is $RESNET18_HOME, else $XDG_CACHE_HOME/resnet18-ts, else ~/.cache/resnet18-ts', () => {
    expect(weightsHome({ RESNET18_HOME: '/srv/models', XDG_CACHE_HOME: '/x' })).toBe('/srv/models');
    expect(weightsHome({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/resnet18-ts');
    expect(weightsHome({})).toBe(join(homedir(), '.cache', 'resnet18-ts'));
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG spec says', () => {
    expect(weightsHome({ XDG_CACHE_HOME: 'cache' })).toBe(join(homedir(), '.cache', 'resnet18-ts'));
  });

  it('is where an installed package reads and writes; a checkout uses its weights/ and its own command', () => {
    const app = weightsPlaces({ RESNET18_HOME: '/h' }, '/home/me/app/node_modules/resnet18-ts/');
    expect(app).toEqual({ checkout: undefined, cache: '/h/resnet18.bin', command: 'npx resnet18', offline: false });
    expect(weightsTarget(app)).toBe('/h/resnet18.bin');
    const clone = weightsPlaces({ RESNET18_HOME: '/h', RESNET18_OFFLINE: '1' }, '/home/me/resnet18-ts/');
    expect(clone).toMatchObject({ checkout: '/home/me/resnet18-ts/weights/resnet18.bin', cache: '/h/resnet18.bin', offline: true });
    expect(clone.command).toMatch(/^npx tsx .*src\/cli\.ts$/);
    expect(weightsTarget(clone)).toBe('/home/me/resnet18-ts/weights/resnet18.bin');
    expect(isInstalledPackage('C:\\proj\\node_modules\\resnet18-ts\\')).toBe(true);
  });

  it('names the command as it was run: resnet18 from the PATH, npx resnet18 from node_modules/.bin', () => {
    expect(weightsPlaces({}, '/home/me/resnet18-ts/', '/usr/local/bin/resnet18').command).toBe('resnet18');
    expect(weightsPlaces({}, '/app/node_modules/resnet18-ts/', '/app/node_modules/.bin/resnet18').command).toBe('npx resnet18');
    expect(weightsPlaces({}, '/app/node_modules/resnet18-ts/', '/app/server.js').command).toBe('npx resnet18');
  });
});

describe('ensureWeightsFile (what loadModel() reads)', () => {
  it('downloads torchvision-style weights into the cache on first use, checked, with progress, then reuses them', async () => {
    const places = installed();
    const progress: DownloadProgress[] = [];
    const url = `${base}/models/mini-${PREFIX}.pth`;
    const before = requests.length;
    const path = await ensureWeightsFile({ weightsUrl: url, onDownloadProgress: (p) => progress.push(p) }, {}, places);
    expect(path).toBe(places.cache);
    expect(readdirSync(places.home)).toEqual(['resnet18.bin']); // no temporary file left
    expect(loadBlobFile(path).header.source).toEqual({ fileName: `mini-${PREFIX}.pth`, sha256: manifest.files['mini_zip.pth'].sha256 });
    expect(progress.at(-1)).toEqual({ url, path, bytes: CHECKPOINT.length, total: CHECKPOINT.length });
    expect(requests.length - before).toBe(1);

    const again = await ensureWeightsFile({ weightsUrl: url, onDownloadProgress: (p) => progress.push(p) }, {}, places);
    expect(again).toBe(path);
    expect(requests.length - before).toBe(1); // the second call did not touch the network
  });

  it('reports progress as { loaded, total, fromCache } (the browser\'s shape), and still calls the deprecated onDownloadProgress', async () => {
    const places = installed();
    const url = `${base}/models/mini-${PREFIX}.pth`;
    const progress: WeightsLoadProgress[] = [];
    const old: DownloadProgress[] = [];
    await ensureWeightsFile({ weightsUrl: url, onProgress: (p) => progress.push(p), onDownloadProgress: (p) => old.push(p) }, {}, places);
    expect(progress.at(-1)).toEqual({ loaded: CHECKPOINT.length, total: CHECKPOINT.length, fromCache: false, url, path: places.cache });
    expect(old.at(-1)).toEqual({ url, path: places.cache, bytes: CHECKPOINT.length, total: CHECKPOINT.length });
    expect(old).toHaveLength(progress.length);
  });

  it('offers every way forward when the download fails: convert, a mirror with its SHA-256, RESNET18_WEIGHTS', async () => {
    const places = installed();
    const error = await ensureWeightsFile({ weightsUrl: 'http://127.0.0.1:9/models/resnet18-f37072fd.pth' }, {}, places).catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message).toMatch(/^no weights yet, and downloading them into .*resnet18\.bin failed: .*ECONNREFUSED.*\. /);
    expect(message).toContain(`npx resnet18 convert resnet18-f37072fd.pth (it writes ${places.cache})`);
    expect(message).toContain('npx resnet18 fetch-weights --url https://MIRROR/resnet18-f37072fd.pth --sha256 f37072fd');
    expect(message).toContain('set RESNET18_WEIGHTS (or pass --weights) to a weights file or a .pth checkpoint');
    expect(message).not.toContain('\n');
  });

  it('takes PyTorch\'s own copy ($TORCH_HOME/hub/checkpoints/<file name>) instead of downloading, checked against the digits in its name', async () => {
    const places = installed();
    const torchHome = join(places.home, 'torch');
    mkdirSync(join(torchHome, 'hub', 'checkpoints'), { recursive: true });
    writeFileSync(join(torchHome, 'hub', 'checkpoints', `mini-${PREFIX}.pth`), CHECKPOINT);
    const before = requests.length;
    const converted: string[] = [];
    const path = await ensureWeightsFile({ weightsUrl: `${base}/models/mini-${PREFIX}.pth`, onConvert: (from) => converted.push(from) }, { TORCH_HOME: torchHome }, places);
    expect(path).toBe(places.cache);
    expect(loadBlobFile(path).header.source?.sha256).toBe(manifest.files['mini_zip.pth'].sha256);
    expect(converted).toEqual([join(torchHome, 'hub', 'checkpoints', `mini-${PREFIX}.pth`)]);
    expect(requests.length).toBe(before);

    // A copy whose SHA-256 does not match its name is refused, and nothing is downloaded in its place.
    const other = installed();
    writeFileSync(join(torchHome, 'hub', 'checkpoints', 'mini-00000000.pth'), CHECKPOINT);
    await expect(ensureWeightsFile({ weightsUrl: `${base}/models/mini-00000000.pth` }, { TORCH_HOME: torchHome }, other))
      .rejects.toThrow(/mini-00000000\.pth \(PyTorch's copy\) has SHA-256 [0-9a-f]{64}, which does not start with 00000000/);
    expect(requests.length).toBe(before);
    expect(readdirSync(other.home)).toEqual([]);
  });

  it('keeps nothing when the download does not match its SHA-256, and says how to retry', async () => {
    const places = installed();
    const error = await ensureWeightsFile({ weightsUrl: `${base}/models/mini-00000000.pth` }, {}, places).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^no weights yet, and downloading them into .*resnet18\.bin failed: .*does not start with 00000000.*npx resnet18 fetch-weights/);
    expect(readdirSync(places.home)).toEqual([]);
  });

  it('prefers a checkout\'s weights/resnet18.bin, then the cache, without the network', async () => {
    const places = installed();
    const checkout = join(places.home, 'checkout', 'weights', 'resnet18.bin');
    mkdirSync(join(places.home, 'checkout', 'weights'), { recursive: true });
    writeFileSync(places.cache, 'cached');
    const before = requests.length;
    expect(await ensureWeightsFile({ weightsUrl: `${base}/never` }, {}, { ...places, checkout })).toBe(places.cache);
    writeFileSync(checkout, 'checkout');
    expect(await ensureWeightsFile({ weightsUrl: `${base}/never` }, {}, { ...places, checkout })).toBe(checkout);
    expect(requests.length).toBe(before);
  });

  it('offline (the option or RESNET18_OFFLINE=1) never touches the network and names the command that gets the file', async () => {
    const before = requests.length;
    const byOption = installed();
    const e1 = await ensureWeightsFile({ offline: true, weightsUrl: `${base}/models/mini-${PREFIX}.pth` }, {}, byOption).catch((e: Error) => e);
    expect((e1 as Error).message).toBe(
      `no weights at ${byOption.cache}, and offline: true forbids downloading them. Get torchvision's ImageNet weights once, ` +
        `online, with: npx resnet18 fetch-weights (it writes ${byOption.cache}), or convert a checkpoint: npx resnet18 convert model.pth; ` +
        'or set RESNET18_WEIGHTS to a weights file or a .pth checkpoint',
    );
    const byEnvironment = installed(true);
    const e2 = await ensureWeightsFile({ weightsUrl: `${base}/models/mini-${PREFIX}.pth` }, {}, byEnvironment).catch((e: Error) => e);
    expect((e2 as Error).message).toMatch(/RESNET18_OFFLINE=1 forbids downloading them/);
    expect(requests.length).toBe(before);
    expect(readdirSync(byOption.home)).toEqual([]);
  });

  it('never downloads to a path that was named, and says how to fill it', async () => {
    const places = installed();
    const named = join(places.home, 'mine.bin');
    const before = requests.length;
    const e1 = await ensureWeightsFile({ weights: named }, {}, places).catch((e: Error) => e);
    expect((e1 as Error).message).toBe(
      `no weights at ${named}. Get torchvision's ImageNet weights there with: npx resnet18 fetch-weights -o ${named} ` +
        `(or convert a checkpoint: npx resnet18 convert model.pth -o ${named})`,
    );
    const e2 = await ensureWeightsFile({}, { RESNET18_WEIGHTS: named }, places).catch((e: Error) => e);
    expect((e2 as Error).message).toMatch(/^no weights at .*mine\.bin \(from RESNET18_WEIGHTS\)\./);
    expect(requests.length).toBe(before);
    expect(existsSync(named)).toBe(false);
  });

  it('converts a named PyTorch checkpoint once into the cache, keyed by its SHA-256, and reads that file afterwards', async () => {
    const places = installed();
    const pth = join(places.home, 'model.pth');
    writeFileSync(pth, CHECKPOINT);
    const converted: string[] = [];
    const onConvert = (from: string, to: string): void => void converted.push(`${from} -> ${to}`);
    const first = await ensureWeightsFile({ weights: pth, onConvert }, {}, places);
    const sha256: string = manifest.files['mini_zip.pth'].sha256;
    expect(first).toBe(join(places.home, 'converted', `model-${sha256.slice(0, 16)}.bin`));
    expect(loadBlobFile(first).header.source).toEqual({ fileName: 'model.pth', sha256 });
    expect(await ensureWeightsFile({ onConvert }, { RESNET18_WEIGHTS: pth }, places)).toBe(first);
    expect(converted).toEqual([`${pth} -> ${first}`]);
  });

  it('refuses an image, a folder or another file named as weights, saying what it is', async () => {
    const places = installed();
    const photo = fileURLToPath(new URL('./golden/images/photo_500x375.jpg', import.meta.url));
    await expect(ensureWeightsFile({ weights: photo }, {}, places)).rejects.toThrow(/photo_500x375\.jpg is a JPEG image, not weights; .*give it as an input/);
    await expect(ensureWeightsFile({ weights: places.home }, {}, places)).rejects.toThrow(/is a folder; weights are one file/);
    const text = join(places.home, 'notes.txt');
    writeFileSync(text, 'hello');
    await expect(ensureWeightsFile({}, { RESNET18_WEIGHTS: text }, places))
      .rejects.toThrow(/notes\.txt \(from RESNET18_WEIGHTS\) is neither a weights file .* nor a PyTorch checkpoint \(\.pth\): it starts with the bytes 68 65 6c 6c 6f$/);
  });

  it('loadModel() takes a .pth as weights, and reports a file already on disk as { fromCache: true }', async () => {
    const home = mkdtempSync(join(scratch, 'home-'));
    const pth = join(home, 'model.pth');
    writeFileSync(pth, CHECKPOINT);
    const progress: WeightsLoadProgress[] = [];
    const previous = process.env.RESNET18_HOME;
    process.env.RESNET18_HOME = home;
    try {
      const model = await loadModel({ weights: pth, workers: 1, onProgress: (p) => progress.push(p) });
      try {
        expect(model.numClasses).toBe(10);
        expect(model.weights.sourceSha256).toBe(manifest.files['mini_zip.pth'].sha256);
        expect(model.weights.path).toMatch(/converted\/model-[0-9a-f]{16}\.bin$/);
        const size = readFileSync(model.weights.path!).length;
        expect(progress).toEqual([{ loaded: size, total: size, fromCache: true, path: model.weights.path }]);
      } finally {
        await model.close();
      }
    } finally {
      if (previous === undefined) delete process.env.RESNET18_HOME;
      else process.env.RESNET18_HOME = previous;
    }
  });

  it('loadModel() reports a named file that is missing with that error', async () => {
    await expect(loadModel({ weights: join(scratch, 'absent.bin') })).rejects.toThrow(/no weights at .*absent\.bin\. Get torchvision's ImageNet weights there with: npx tsx .*src\/cli\.ts fetch-weights -o/);
  });
});
