// Choosing a backend: the first of the registry's (registry.ts) that this runtime can run, or
// the one asked for, with an error that says why it cannot run.

import type { Backend, BackendName } from './backend.js';
import { BACKENDS, backendEntry } from './registry.js';

export type BackendChoice = BackendName | 'auto';

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', ...BACKENDS.map((b) => b.name)];

export async function resolveBackend(choice: BackendChoice, options: { fma?: boolean } = {}): Promise<Backend> {
  if (!BACKEND_CHOICES.includes(choice)) {
    throw new Error(`backend must be one of ${BACKEND_CHOICES.join(', ')}, got ${JSON.stringify(choice)}`);
  }
  if (choice === 'auto') return BACKENDS.find((b) => b.available())!.create(options);
  const entry = backendEntry(choice);
  if (!entry.available()) throw new Error(entry.unavailable);
  return entry.create(options);
}
