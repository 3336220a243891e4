// Flag parsing for the subcommands, on node:util's parseArgs (strict: an unknown flag is an
// error), with the errors reworded for people and number flags checked.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../labels/labelSet.js';
import { BACKEND_CHOICES, type BackendChoice } from '../backends/resolveBackend.js';
import { UsageError } from './cliError.js';
import type { Output } from './output.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function parseOptions(command: string, args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UsageError(`${message.replace(/^Unknown option '(.*)'$/, "unknown option '$1'")} (see: resnet18 ${command} --help)`);
  }
}

/** An integer flag in [min, max], or the default when absent. */
export function integerOption(value: unknown, flag: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got '${String(value)}'`);
  }
  return n;
}

export function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** --lang: en (default), zh or both. */
export function langOption(value: unknown): Lang {
  const lang = stringOption(value) ?? 'en';
  if (lang !== 'en' && lang !== 'zh' && lang !== 'both') throw new UsageError(`--lang must be en, zh or both, got '${lang}'`);
  return lang;
}

/** All of stdin, for an input given as "-". */
export async function readCliStdin(out: Output): Promise<Uint8Array> {
  if (!out.readStdin) throw new UsageError('stdin cannot be read here');
  const bytes = await out.readStdin();
  if (bytes.length === 0) throw new UsageError('stdin was empty: pipe an image or a .npy tensor in');
  return bytes;
}

/** --backend auto|wasm|js (default auto), checked. */
export function backendOption(value: unknown): BackendChoice {
  const choice = stringOption(value) ?? 'auto';
  if (!(BACKEND_CHOICES as readonly string[]).includes(choice)) {
    throw new UsageError(`--backend must be one of ${BACKEND_CHOICES.join(', ')}, got '${choice}'`);
  }
  return choice as BackendChoice;
}

/** The --backend line of a command's --help. */
export const BACKEND_HELP = `  --backend B      auto (default: wasm where WebAssembly SIMD runs), wasm or js`;
