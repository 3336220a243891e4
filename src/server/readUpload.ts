// Reads an upload from a request into memory: the raw body as one file, or a multipart/form-data
// body's files and fields (parsed by busboy). Nothing is written to disk, and a client's file name
// is kept only as a label, never used as a path.
//
// Limits are enforced while the body streams in: a declared Content-Length over the limit is
// refused before reading, and a body that grows past it stops being kept (the rest is drained so
// the client can read the 413). The bytes kept are reserved from the server's upload budget
// (uploadBudget.ts) as they arrive, and the whole body must arrive within a deadline counted from
// when its reading starts: a client dripping bytes is cut off however steadily it drips. A client
// that asked for `100 Continue` gets it only once the body has passed the size and budget checks.
//
// Every stream here has its 'error' handled: the request, busboy's parser and each of its file
// streams (busboy destroys a file stream with "Unexpected end of form" when its part never reaches
// the closing boundary; unhandled, that error would stop the process). A malformed body is a 400;
// a client that goes away mid-body settles the read with clientGone(), so nothing waits forever.

import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { clientGone, HttpError } from './httpError.js';
import type { UploadReservation } from './uploadBudget.js';

export interface UploadedFile {
  /** The multipart field name, or "body" for a raw upload. */
  field: string;
  bytes: Buffer;
  /** The client's file name, for labels in answers only. */
  fileName?: string;
}

export interface Upload {
  files: UploadedFile[];
  fields: Map<string, string>;
}

export interface UploadLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** Largest whole request body, in bytes. */
  maxBodyBytes: number;
  /** Most files in one multipart body. */
  maxFiles: number;
}

/** How the body is read besides its limits. */
export interface ReadOptions {
  /** Where the body's bytes are reserved as they arrive (none: unbounded across requests). */
  reservation?: UploadReservation;
  /** The whole body must have arrived this many ms after reading starts (default: no deadline). */
  deadlineMs?: number;
  /** Called once the body is accepted for reading, e.g. to send `100 Continue`. */
  onAccepted?: () => void;
}

const MAX_FIELDS = 16;
const MAX_FIELD_BYTES = 256;

/** A size in MB of 10⁶ bytes, the unit of --max-upload-mb and of every size the project prints. */
export function megabytes(bytes: number): string {
  return `${+(bytes / 1e6).toFixed(1)} MB`;
}

/** A single-image request is refused as "the upload", against the file limit people set; a batch against the body limit. */
function bodyTooLarge(limits: UploadLimits): HttpError {
  return limits.maxFiles <= 2 ? tooLarge(limits.maxFileBytes, 'the upload') : tooLarge(limits.maxBodyBytes, 'the request body');
}

function tooLarge(limit: number, what: string): HttpError {
  return new HttpError(413, 'too_large', `${what} is larger than the limit of ${megabytes(limit)}`);
}

export async function readUpload(request: IncomingMessage, limits: UploadLimits, options: ReadOptions = {}): Promise<Upload> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBodyBytes) throw bodyTooLarge(limits);
  // A declared length is reserved whole before reading: a body that cannot fit costs nothing.
  if (Number.isFinite(declared)) options.reservation?.ensure(declared);
  options.onAccepted?.();
  const type = request.headers['content-type'] ?? '';
  const reading = /^multipart\/form-data\b/i.test(type) ? readMultipart(request, limits, options) : readRaw(request, limits, options);
  if (options.deadlineMs === undefined) return reading;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      request.unpipe();
      reject(new HttpError(408, 'timeout', `the upload did not arrive within ${options.deadlineMs! / 1000} s`));
    }, options.deadlineMs);
  });
  try {
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reserves the bytes received so far; past the budget, the 503 it throws. */
function reserve(options: ReadOptions, received: number): HttpError | null {
  try {
    options.reservation?.ensure(received);
    return null;
  } catch (error) {
    return error as HttpError;
  }
}

function readRaw(request: IncomingMessage, limits: UploadLimits, options: ReadOptions): Promise<Upload> {
  const limit = Math.min(limits.maxFileBytes, limits.maxBodyBytes);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      length += chunk.length;
      const refusal = length > limit ? tooLarge(limit, 'the upload') : reserve(options, length);
      if (refusal) {
        refused = true;
        chunks.length = 0;
        reject(refusal);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve({ files: [{ field: 'body', bytes: Buffer.concat(chunks, length) }], fields: new Map() });
    });
    // Once settled, a later reject is ignored: these only matter for a body cut off part-way.
    request.on('error', () => reject(clientGone()));
    request.on('close', () => {
      if (!request.complete) reject(clientGone());
    });
  });
}

function readMultipart(request: IncomingMessage, limits: UploadLimits, options: ReadOptions): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // busboy's 'limit' fires when a file reaches fileSize, not when it exceeds it: one byte
        // more, so that a file of exactly maxFileBytes is accepted, as a raw body of that size is.
        limits: { fileSize: limits.maxFileBytes + 1, files: limits.maxFiles, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES + 1 },
      });
    } catch (error) {
      reject(new HttpError(400, 'bad_request', `cannot read the multipart body: ${(error as Error).message}`));
      return;
    }
    const upload: Upload = { files: [], fields: new Map() };
    let failure: HttpError | null = null;
    let received = 0;
    const fail = (error: HttpError): void => {
      if (failure) return;
      failure = error;
      upload.files.length = 0;
      reject(error);
      // Stop parsing: the rest of the body is drained (or the connection closed) by the caller.
      // Destroyed on the next tick, not here: busboy still touches the file stream right after
      // emitting 'limit'.
      request.unpipe(parser);
      setImmediate(() => parser.destroy());
    };
    const malformed = (error: Error): void => fail(new HttpError(400, 'bad_request', `cannot read the multipart body: ${error.message}`));
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBodyBytes) fail(bodyTooLarge(limits));
      const refusal = reserve(options, received);
      if (refusal) fail(refusal);
    });
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        if (!failure) chunks.push(chunk);
      });
      stream.on('limit', () => fail(tooLarge(limits.maxFileBytes, `the file ${JSON.stringify(info.filename ?? field)}`)));
      stream.on('error', malformed);
      stream.on('end', () => {
        if (!failure) upload.files.push({ field, bytes: Buffer.concat(chunks), fileName: info.filename || undefined });
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new HttpError(400, 'bad_request', `the form field '${name}' is too long`));
      upload.fields.set(name, value);
    });
    parser.on('filesLimit', () => fail(new HttpError(413, 'too_large', `more than ${limits.maxFiles} files in one request`)));
    parser.on('fieldsLimit', () => fail(new HttpError(400, 'bad_request', `more than ${MAX_FIELDS} form fields`)));
    parser.on('error', malformed);
    parser.on('close', () => {
      if (!failure) resolve(upload);
    });
    request.on('error', () => fail(clientGone()));
    request.on('close', () => {
      if (!request.complete) fail(clientGone());
    });
    request.pipe(parser);
  });
}
