// The main thread's side of the workers: starts them on one shared memory, hands them plans, and
// runs plan steps on all of them at once. The main thread runs no plan step (except on the
// in-thread host, inThreadHost.ts), so a server's event loop stays free while a forward pass runs;
// it only packs the weights, once, when a model is loaded. How a
// worker is started is the host's business (workerHost.ts): worker_threads on Node, Web Workers in
// a browser.
//
// On Node, idle workers are unref()'d: a program that forgets close() can still exit. While a run
// is in flight they are ref()'d, so `await model.forward(x)` at the top level of a script completes.

import type { BackendWorkerOptions, MemoryHandle } from '../backends/backend.js';
import { BARRIER_INTS } from './barrier.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';
import type { EngineWorker, WorkerHost } from './workerHost.js';

interface Pending {
  remaining: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private pending: Pending | null = null;
  private failure: Error | null = null;
  private closed = false;

  private readonly workers: EngineWorker[];

  private constructor(host: WorkerHost, setups: WorkerSetup[]) {
    this.workers = setups.map((setup) => host.spawn(setup, {
      message: (message: FromWorker) => this.onMessage(message),
      error: (error) => this.fail(new Error(`engine worker crashed: ${error.message}`)),
      exit: (code) => {
        if (!this.closed) this.fail(new Error(`engine worker exited unexpectedly (code ${code})`));
      },
    }));
    for (const worker of this.workers) worker.unref?.();
  }

  /**
   * Starts `count` workers on `host` over `memory`, which they keep for life (see
   * WorkerSetup.memory), with the backend's kernels; worker i's own scratch is the `scratchBytes`
   * bytes from i·scratchBytes.
   */
  static start(
    host: WorkerHost, count: number, memory: MemoryHandle, backend: BackendWorkerOptions,
    scratchBytes: number, winogradChannels: number,
  ): WorkerPool {
    if (!Number.isInteger(count) || count < 1) throw new Error(`workers must be a positive integer, got ${count}`);
    if (count > host.maxWorkers) throw new Error(`${count} workers asked for, but the ${host.name} host runs at most ${host.maxWorkers}`);
    // One worker never waits at the barrier (barrier.ts), so where there is no SharedArrayBuffer
    // (browsers without cross-origin isolation) a plain buffer does.
    const barrier = typeof SharedArrayBuffer === 'function'
      ? new SharedArrayBuffer(BARRIER_INTS * 4)
      : new ArrayBuffer(BARRIER_INTS * 4) as unknown as SharedArrayBuffer;
    return new WorkerPool(host, Array.from({ length: count }, (_, index) => ({
      index, workers: count, barrier, memory, backend, scratch: index * scratchBytes, winogradChannels,
    })));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends a plan to every worker; messages arrive in order. */
  broadcast(message: ToWorker): void {
    this.check();
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Runs steps [from, to) of a plan the workers were sent; resolves when all have finished. */
  run(plan: number, from: number, to: number): Promise<void> {
    this.check();
    if (this.pending) throw new Error('WorkerPool.run: a run is already in flight');
    return new Promise<void>((resolve, reject) => {
      this.pending = { remaining: this.workers.length, resolve, reject };
      for (const worker of this.workers) {
        worker.ref?.();
        worker.postMessage({ type: 'run', plan, from, to } satisfies ToWorker);
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.settle(new Error('the model was closed while a forward pass was running'));
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'error') {
      this.fail(new Error(`engine worker failed: ${message.message}`));
      return;
    }
    if (this.pending && --this.pending.remaining === 0) this.settle(null);
  }

  private settle(error: Error | null): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    for (const worker of this.workers) worker.unref?.();
    if (error) pending.reject(error);
    else pending.resolve();
  }

  /** A worker that failed may have left the others waiting at a barrier: the pool is done for. */
  private fail(error: Error): void {
    if (this.failure || this.closed) return;
    this.failure = error;
    this.closed = true;
    this.settle(error);
    for (const worker of this.workers) void worker.terminate();
  }

  private check(): void {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the model has been closed');
  }
}
