// The one error type of the image pipeline: what was wrong with which input, as a code a program
// can branch on and a message a person can act on.

import { SUPPORTED_FORMATS_TEXT } from './formats.js';

/** What was wrong with an image: ImageDecodeError's `code`. */
export type ImageDecodeErrorCode =
  | 'empty' // no bytes at all
  | 'unsupported_format' // not a format we decode (or a variant of one we do not)
  | 'corrupt' // a supported format, but the data is broken or truncated
  | 'too_large'; // more pixels than allowed (decompression bomb guard), refused from the header

/** An image that could not be decoded: `code` for programs, the message (naming `source`) for people. */
export class ImageDecodeError extends Error {
  /** "ImageDecodeError". */
  override readonly name = 'ImageDecodeError';
  /** "empty", "unsupported_format", "corrupt" or "too_large" (more pixels than maxPixels allows). */
  readonly code: ImageDecodeErrorCode;
  /** The file path or other label of the input, if known. */
  readonly source: string | undefined;

  constructor(code: ImageDecodeErrorCode, message: string, source?: string, options?: { cause?: unknown }) {
    super(`${source ? `${source}: ` : ''}${message}`, options);
    this.code = code;
    this.source = source;
  }
}

export function unsupportedFormat(what: string | null, source?: string): ImageDecodeError {
  return new ImageDecodeError(
    'unsupported_format',
    `not an image in a supported format (${SUPPORTED_FORMATS_TEXT})${what ? `; it looks like ${what}` : ''}`,
    source,
  );
}

export function tooLarge(width: number, height: number, maxPixels: number, source?: string): ImageDecodeError {
  return new ImageDecodeError(
    'too_large',
    `image is ${width}×${height} = ${(width * height / 1e6).toFixed(1)} megapixels, more than the limit of ` +
      `${(maxPixels / 1e6).toFixed(1)} megapixels`,
    source,
  );
}
