// The name and version recorded in every weights blob's header ("createdBy"), so that a blob says
// which build of this project wrote it. Read from package.json, found relative to this module:
// src/weights/ and dist/weights/ are both two levels below the package root.

import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name?: string; version?: string };
    cached = `${pkg.name ?? 'resnet18-ts'} ${pkg.version ?? 'unknown'}`;
  } catch {
    cached = 'resnet18-ts (unknown version)';
  }
  return cached;
}
