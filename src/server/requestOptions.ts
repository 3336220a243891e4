// The options a client may send with an image, from the query string or from multipart form
// fields (a form field wins): top (1–20, default 3), lang (en, zh, both) and autoOrient.

import type { Lang } from '../labels/labelSet.js';
import { HttpError } from './httpError.js';

export const MAX_TOP = 20;

export interface ClassifyOptions {
  top: number;
  lang: Lang;
  autoOrient: boolean;
}

export function classifyOptions(query: URLSearchParams, fields: Map<string, string> = new Map(), defaultTop = 3): ClassifyOptions {
  const value = (name: string): string | undefined => fields.get(name) ?? query.get(name) ?? undefined;
  return {
    top: topOption(value('top'), defaultTop),
    lang: langOption(value('lang')),
    autoOrient: booleanOption(value('autoOrient'), 'autoOrient'),
  };
}

function topOption(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_TOP)) throw new HttpError(400, 'bad_request', `top must be a whole number from 1 to ${MAX_TOP}, got '${value}'`);
  return n;
}

function langOption(value: string | undefined): Lang {
  if (value === undefined || value === '') return 'en';
  if (value === 'en' || value === 'zh' || value === 'both') return value;
  throw new HttpError(400, 'bad_request', `lang must be en, zh or both, got '${value}'`);
}

function booleanOption(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new HttpError(400, 'bad_request', `${name} must be true or false, got '${value}'`);
}
