// The memory that request bodies take while they stream in, bounded across all connections.
//
// Admission and the decode budget (classificationService.ts, decodePool.ts) only see a body once
// it is whole; before that, 128 connections each sending 38 MB of a batch and stopping held 5.3 GB.
// So every body reserves from one budget as it arrives: its declared Content-Length at once (a
// body that cannot fit is refused before a byte of it is read, and before any `100 Continue`),
// else each chunk as it comes. A body that would take the budget past its limit is refused with
// 503 and a Retry-After; what it held is given back when its request ends, however it ends
// (answered, refused, timed out, or the client gone).

import { HttpError } from './httpError.js';

export const DEFAULT_UPLOAD_MEMORY_BYTES = 256 * 1024 * 1024;

export class UploadBudget {
  private held = 0;
  private refusals = 0;

  /** `limitBytes` must fit the largest body one request may send, so that one request alone is never refused. */
  constructor(readonly limitBytes: number = DEFAULT_UPLOAD_MEMORY_BYTES) {}

  /** Bytes held now by bodies being read or waiting for their answer. */
  get heldBytes(): number {
    return this.held;
  }

  /** Bodies refused so far because the budget was full. */
  get refused(): number {
    return this.refusals;
  }

  /** A reservation for one request's body, empty until it grows; release it when the request ends. */
  open(): UploadReservation {
    return new UploadReservation(this);
  }

  /** @internal Takes `bytes` more, or throws the 503 that refuses the body. */
  take(bytes: number): void {
    if (this.held + bytes > this.limitBytes) {
      this.refusals++;
      throw new HttpError(503, 'busy', `the server is receiving too many uploads at once (${Math.round(this.held / (1024 * 1024))} MB in flight); try again in 1 s`, { 'Retry-After': '1' });
    }
    this.held += bytes;
  }

  /** @internal */
  give(bytes: number): void {
    this.held -= bytes;
  }
}

export class UploadReservation {
  private bytes = 0;
  private released = false;

  constructor(private readonly budget: UploadBudget) {}

  /** Bytes this body holds. */
  get size(): number {
    return this.bytes;
  }

  /** Makes the reservation at least `total` bytes, or throws 503 (the reservation keeps what it had). */
  ensure(total: number): void {
    if (this.released || total <= this.bytes) return;
    this.budget.take(total - this.bytes);
    this.bytes = total;
  }

  /** Gives everything back; later calls to ensure() take nothing (the request has ended). */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.budget.give(this.bytes);
    this.bytes = 0;
  }
}
