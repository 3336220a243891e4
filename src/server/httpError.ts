// The one error type of the service: an HTTP status, a code a program can branch on, and a message
// a person can act on. The server answers every error as {"error": {"code", "message"}}.

import { ImageDecodeError } from '../image/imageDecodeError.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * The client closed its connection before its request was read or answered: nobody to answer.
 * 499 is nginx's "client closed request"; it appears in the log, never on the wire.
 */
export function clientGone(): HttpError {
  return new HttpError(499, 'client_closed', 'the client closed the connection');
}

/** What a failure becomes on the wire: image errors by their code, HttpErrors as they are, anything else a 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ImageDecodeError) {
    switch (error.code) {
      case 'empty': return new HttpError(400, 'empty_image', error.message);
      case 'corrupt': return new HttpError(400, 'corrupt_image', error.message);
      case 'unsupported_format': return new HttpError(415, 'unsupported_format', error.message);
      case 'too_large': return new HttpError(413, 'too_many_pixels', error.message);
    }
  }
  return new HttpError(500, 'internal_error', 'the server failed to answer this request (see its log)');
}
