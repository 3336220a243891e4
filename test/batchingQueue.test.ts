// The service's micro-batching queue, with a fake engine that records what it was given, and the
// throughput meter its Retry-After comes from, on a clock the test moves.

import { describe, expect, it } from 'vitest';
import { BatchingQueue } from '../src/server/batchingQueue.js';
import { HttpError } from '../src/server/httpError.js';
import { ThroughputMeter } from '../src/server/throughput.js';
import type { Tensor } from '../src/tensor/tensor.js';

/** One "image" [3,1,1] whose values are all `id`; the fake engine's logits echo it. */
const image = (id: number): Tensor => ({ shape: [3, 1, 1], data: new Float32Array([id, id, id]) });

function fakeEngine(log: string[]) {
  let release: (() => void) | null = null;
  return {
    forward: async (batch: Tensor): Promise<Tensor> => {
      const ids = Array.from({ length: batch.shape[0] }, (_, i) => batch.data[i * 3]);
      log.push(`batch ${ids.join(',')}`);
      if (!release) await new Promise<void>((resolve) => { release = resolve; });
      return { shape: [ids.length, 1], data: new Float32Array(ids) };
    },
    release: () => { const r = release; release = () => {}; r?.(); },
  };
}

describe('BatchingQueue', () => {
  it('gathers images that wait while a batch runs into the next batch, up to maxBatch, in order', async () => {
    const log: string[] = [];
    const engine = fakeEngine(log);
    const queue = new BatchingQueue(engine.forward, { maxBatch: 3, maxQueue: 10, maxWaitMs: 1 });
    const answers = [1, 2, 3, 4, 5, 6].map((id) => queue.submit(image(id)));
    await new Promise((r) => setTimeout(r, 20));
    engine.release();
    const results = await Promise.all(answers);
    expect(results.map((r) => r.logits[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log).toEqual(['batch 1,2,3', 'batch 4,5,6']);
    expect(results.map((r) => r.batchSize)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('runs an exclusive job alone, in its turn: no batch interleaves with it', async () => {
    const log: string[] = [];
    const engine = fakeEngine(log);
    const queue = new BatchingQueue(engine.forward, { maxBatch: 8, maxQueue: 10, maxWaitMs: 1 });
    const first = queue.submit(image(1));
    await new Promise((r) => setTimeout(r, 10));
    const before = queue.submit(image(2));
    const job = queue.exclusive(async () => {
      log.push('job starts');
      await new Promise((r) => setTimeout(r, 20));
      log.push('job ends');
      return 'explained';
    });
    const after = queue.submit(image(3));
    engine.release();
    expect(await job).toBe('explained');
    await Promise.all([first, before, after]);
    expect(log).toEqual(['batch 1', 'batch 2', 'job starts', 'job ends', 'batch 3']);
  });

  it('refuses with 503 and Retry-After once maxQueue requests are waiting', async () => {
    const engine = fakeEngine([]);
    const queue = new BatchingQueue(engine.forward, { maxBatch: 1, maxQueue: 2, maxWaitMs: 0 });
    const accepted = [1, 2, 3].map((id) => queue.submit(image(id)));
    const refused = await queue.submit(image(4)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect((refused as HttpError).status).toBe(503);
    expect((refused as HttpError).headers['Retry-After']).toMatch(/^\d+$/);
    engine.release();
    await Promise.all(accepted);
    await queue.drained();
  });

  it('passes an engine failure to every image of the batch, and goes on with the next', async () => {
    let calls = 0;
    const queue = new BatchingQueue(async (batch) => {
      if (calls++ === 0) throw new Error('engine worker crashed');
      return { shape: [batch.shape[0], 1], data: new Float32Array(batch.shape[0]) };
    }, { maxBatch: 2, maxQueue: 10, maxWaitMs: 5 });
    const failed = [queue.submit(image(1)), queue.submit(image(2))];
    for (const answer of failed) await expect(answer).rejects.toThrow('engine worker crashed');
    await expect(queue.submit(image(3))).resolves.toMatchObject({ batchSize: 1 });
  });
});

describe('ThroughputMeter (Retry-After)', () => {
  /** A meter on a clock the test moves by hand. */
  function meterAt() {
    const time = { now: 0 };
    return { time, meter: new ThroughputMeter({ windowMs: 30_000, clock: () => time.now }) };
  }

  it('rates the window, not the last batch: 8 images in 1 s then 1 in 1 s is 4.5 images/s', () => {
    const { time, meter } = meterAt();
    meter.started(9);
    time.now = 1000;
    meter.finished(8);
    time.now = 2000;
    meter.finished(1);
    expect(meter.imagesPerSecond()).toBeCloseTo(4.5, 10);
    // 9 images ahead: 2 s (the last batch alone, 1 image/s, would say 9 s).
    expect(meter.secondsFor(9)).toBe(2);
  });

  it('counts busy time only: an idle minute between bursts does not lower the rate', () => {
    const { time, meter } = meterAt();
    meter.started(8);
    time.now = 1000;
    meter.finished(8);
    time.now = 61_000;
    meter.started(8);
    time.now = 62_000;
    meter.finished(8);
    expect(meter.imagesPerSecond()).toBeCloseTo(8, 10);
  });

  it('forgets completions older than the window once enough recent ones are measured', () => {
    const { time, meter } = meterAt();
    meter.started(1);
    time.now = 10_000;
    meter.finished(1); // 0.1 image/s, long ago
    time.now = 100_000;
    meter.started(8);
    for (let i = 1; i <= 8; i++) {
      time.now = 100_000 + i * 500;
      meter.finished(1);
    }
    expect(meter.imagesPerSecond()).toBeCloseTo(2, 10);
  });

  it('knows nothing before the first answer, and refused work is not throughput', () => {
    const { time, meter } = meterAt();
    expect(meter.imagesPerSecond()).toBeNull();
    meter.started(2);
    time.now = 500;
    meter.finished(0, 2);
    expect(meter.imagesPerSecond()).toBeNull();
    expect(meter.secondsFor(3)).toBe(3);
  });

  it('gives the queue\'s 503 a Retry-After of the images ahead at the measured rate', async () => {
    const { time, meter } = meterAt();
    meter.started(10);
    time.now = 1000;
    meter.finished(10); // 10 images/s
    const engine = fakeEngine([]);
    const queue = new BatchingQueue(engine.forward, { maxBatch: 1, maxQueue: 30, maxWaitMs: 0, meter });
    const accepted = Array.from({ length: 31 }, (_, id) => queue.submit(image(id)));
    const refused = (await queue.submit(image(99)).catch((error: unknown) => error)) as HttpError;
    expect(refused.status).toBe(503);
    // 30 waiting + 1 running + this one: 32 images at 10 images/s.
    expect(refused.headers['Retry-After']).toBe('4');
    engine.release();
    await Promise.all(accepted);
  });
});
