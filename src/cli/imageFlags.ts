// The image-reading flags classify, explain and preprocess share, and the CLI's wording of the
// remedy for an image over the pixel limit (the library's error names no flag or option).

import { DEFAULT_MAX_PIXELS, ImageDecodeError, type DecodeOptions } from '../image/decodeImage.js';
import { integerOption, stringOption } from './parseOptions.js';

/** parseArgs options for the flags below. */
export const IMAGE_FLAGS = {
  'auto-orient': { type: 'boolean' },
  'max-megapixels': { type: 'string' },
} as const;

/** The usage lines of IMAGE_FLAGS, aligned on column 19. */
export const IMAGE_FLAGS_USAGE = `  --auto-orient    rotate photos by their EXIF orientation (torchvision does not, so the default is not to)
  --max-megapixels N  refuse images larger than this, from their header (default ${DEFAULT_MAX_PIXELS / 1e6})`;

export function imageOptions(values: Record<string, unknown>): Pick<DecodeOptions, 'autoOrient' | 'maxPixels'> {
  const megapixels = integerOption(stringOption(values['max-megapixels']), '--max-megapixels', DEFAULT_MAX_PIXELS / 1e6, 1, 100_000);
  return { autoOrient: values['auto-orient'] === true, maxPixels: megapixels * 1e6 };
}

/** An image error as the CLI reports it: a too-large image says which flag raises the limit. */
export function withFlagHint(error: unknown): unknown {
  if (error instanceof ImageDecodeError && error.code === 'too_large') {
    return new ImageDecodeError('too_large', `${error.message.replace(/^.*?: (?=image is)/, '')} (if it is genuine, raise --max-megapixels)`, error.source, { cause: error });
  }
  return error;
}
