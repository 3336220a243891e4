// What the engine needs from the platform to run its workers, so that the runtime itself imports
// nothing from Node: a way to start a worker with its setup, and how many to start by default.
//
//   nodeWorkerHost.ts        worker_threads (Node)
//   inThreadHost.ts          one worker on the calling thread (browsers without cross-origin isolation)
//   src/browser/webWorkerHost.ts   Web Workers (cross-origin isolated browsers)

import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';

/** The main thread's handle on one started worker. */
export interface EngineWorker {
  postMessage(message: ToWorker): void;
  terminate(): Promise<unknown> | void;
  /** Node: whether the worker keeps the process alive (kept while a run is in flight). */
  ref?(): void;
  unref?(): void;
}

/** What a worker reports back: its messages, a crash, or its end. */
export interface WorkerEvents {
  message(message: FromWorker): void;
  error(error: Error): void;
  exit(code: number): void;
}

export interface WorkerHost {
  /** For reports: "worker threads", "web workers", "main thread". */
  readonly name: string;
  /** Workers to start when none are asked for (one per core). */
  defaultWorkers(): number;
  /** The most workers this host can run (1 on the calling thread). */
  readonly maxWorkers: number;
  /** Starts one worker on `setup`; events arrive asynchronously. */
  spawn(setup: WorkerSetup, events: WorkerEvents): EngineWorker;
}

/** The worker's side of its channel to the main thread. */
export interface WorkerPort {
  postMessage(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
}
