// Runs one backend's kernels in a real worker thread over the backend's own shared memory, with
// every buffer placed between 1024 canary floats, and 1024 more after the worker's own scratch: a
// kernel that writes outside its buffers is caught.

import { Worker } from 'node:worker_threads';
import type { Backend } from '../../src/backends/backend.js';
import type { Float32Primitives } from '../../src/backends/float32/primitives.js';

const CANARY = 1234.5;
const GUARD = 1024;

export interface Placed {
  offset: number;
  length: number;
}

export class KernelHarness {
  readonly memory: Float32Array;
  private readonly worker: Worker;
  private next = 0;
  private readonly placed: Placed[] = [];
  /** Float offset of the worker's own scratch (after the buffers), and of the guard after it. */
  private readonly scratch: number;
  private readonly scratchEnd: number;

  constructor(readonly backend: Backend, floats = 4_000_000) {
    const memory = backend.createMemory(4 * floats + backend.workerScratchBytes + 4 * GUARD);
    this.memory = new Float32Array(memory.buffer);
    this.scratch = floats;
    this.scratchEnd = floats + backend.workerScratchBytes / 4;
    const tsx = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./kernelWorker.ts', import.meta.url).href;
    const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
    this.worker = new Worker(bootstrap, {
      eval: true,
      workerData: {
        index: 0, workers: 1, barrier: new SharedArrayBuffer(8), memory: memory.shared,
        backend: backend.workerOptions, scratch: 4 * this.scratch, winogradChannels: 1024,
      },
    });
  }

  /** Resets the memory: every buffer placed from now on starts after fresh canaries. */
  reset(): void {
    this.memory.fill(CANARY, 0, this.scratch);
    this.memory.fill(CANARY, this.scratchEnd, this.scratchEnd + GUARD);
    this.next = GUARD;
    this.placed.length = 0;
  }

  /** Room for `length` floats (filled with `values`, else zeros) between canaries; its float offset. */
  place(length: number, values?: ArrayLike<number>): number {
    const offset = Math.ceil(this.next / 16) * 16;
    if (offset + length + GUARD > this.scratch) throw new Error('KernelHarness: out of memory');
    this.memory.fill(0, offset, offset + length);
    if (values) this.memory.set(values, offset);
    this.placed.push({ offset, length });
    this.next = offset + length + GUARD;
    return offset;
  }

  read(offset: number, length: number): Float32Array {
    return this.memory.slice(offset, offset + length);
  }

  /** Where a float outside every placed buffer is no longer the canary, or null. */
  trampledCanary(): string | null {
    let at = 0;
    for (const p of [...this.placed, { offset: this.next, length: 0 }]) {
      for (let i = at; i < p.offset; i++) {
        if (this.memory[i] !== CANARY) return `float ${i} (before the buffer at ${p.offset}) is ${this.memory[i]}`;
      }
      at = p.offset + p.length;
    }
    for (let i = this.scratchEnd; i < this.scratchEnd + GUARD; i++) {
      if (this.memory[i] !== CANARY) return `float ${i} (after the worker's scratch) is ${this.memory[i]}`;
    }
    return null;
  }

  call<K extends keyof Float32Primitives>(name: K, ...args: Parameters<Float32Primitives[K]>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', (reply: { ok: boolean; message?: string }) => (reply.ok ? resolve() : reject(new Error(reply.message))));
      this.worker.postMessage({ name, args });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
