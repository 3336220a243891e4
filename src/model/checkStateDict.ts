// Checks a state_dict's names and shapes against torchvision's ResNet-18 (src/model/architecture.ts).
//
// The widths and class count are inferred from a few shapes; then every expected tensor must be
// present with its exact shape and a floating-point dtype, and nothing else may be there except
// BatchNorm's integer num_batches_tracked counters (training bookkeeping, unused at inference).
// All problems are reported together in one error, so a user sees the whole picture at once.

import { inferResNet18Config, type ResNet18Config } from './architecture.js';
import { resnet18Parameters, type ParameterSpec } from './parameters.js';
import { formatShape } from '../tensor/tensor.js';

export interface TensorInfo {
  shape: readonly number[];
  /** "float32", "float16", "int64", … */
  dtype: string;
}

const FLOATING = new Set(['float32', 'float64', 'float16', 'bfloat16']);
const MAX_LISTED = 40;
/** torchvision's ResNet-18 has 11.7 M; a file claiming over 268 M (1 GiB of float32) is refused before anything is read. */
const MAX_PARAMETERS = 2 ** 28;

/**
 * Returns the config the tensors describe, and the expected parameters in torchvision order;
 * throws one error listing every missing, unexpected, mis-shaped or non-float tensor.
 * `source` names the file in messages.
 */
export function checkStateDict(tensors: ReadonlyMap<string, TensorInfo>, source: string): { config: ResNet18Config; parameters: ParameterSpec[] } {
  let config: ResNet18Config;
  try {
    config = inferResNet18Config((name) => tensors.get(name)?.shape);
  } catch (e) {
    const names = [...tensors.keys()];
    const shown = names.slice(0, 6).map((n) => `"${n}"`).join(', ') + (names.length > 6 ? `, … (${names.length} in all)` : '');
    throw new Error(`${source} is not a torchvision ResNet-18 state_dict: ${(e as Error).message.replace(/^not a ResNet-18 state_dict: /, '')}. ` +
      `Its tensors are named ${shown || '(none)'}.`);
  }
  const positive = (n: number): boolean => Number.isInteger(n) && n > 0;
  if (!config.widths.every(positive) || !positive(config.numClasses)) {
    throw new Error(`${source}: the inferred widths ${formatShape(config.widths)} / ${config.numClasses} classes are not positive sizes`);
  }

  const parameters = resnet18Parameters(config);
  const total = parameters.reduce((sum, p) => sum + p.shape.reduce((a, b) => a * b, 1), 0);
  if (total > MAX_PARAMETERS) {
    throw new Error(`${source} describes a ResNet-18 with widths ${formatShape(config.widths)} and ${config.numClasses} classes: ` +
      `${total} parameters, more than the ${MAX_PARAMETERS} (1 GiB of float32) this engine loads`);
  }
  const problems: string[] = [];
  const expected = new Set<string>();
  for (const spec of parameters) {
    expected.add(spec.name);
    const got = tensors.get(spec.name);
    if (!got) {
      problems.push(`missing      ${spec.name} (expected ${formatShape(spec.shape)})`);
    } else if (!sameShape(got.shape, spec.shape)) {
      problems.push(`wrong shape  ${spec.name}: expected ${formatShape(spec.shape)}, got ${formatShape(got.shape)}`);
    } else if (!FLOATING.has(got.dtype)) {
      problems.push(`wrong dtype  ${spec.name}: expected floating point, got ${got.dtype}`);
    }
  }
  for (const [name, info] of tensors) {
    if (expected.has(name)) continue;
    if (name.endsWith('num_batches_tracked') && !FLOATING.has(info.dtype)) continue;
    problems.push(`unexpected   ${name} ${formatShape(info.shape)} ${info.dtype}`);
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).map((p) => `  ${p}`).join('\n') +
      (problems.length > MAX_LISTED ? `\n  … and ${problems.length - MAX_LISTED} more` : '');
    throw new Error(`${source} does not match a torchvision ResNet-18 with widths ${formatShape(config.widths)} and ` +
      `${config.numClasses} classes (inferred from its shapes): ${problems.length} problem${problems.length > 1 ? 's' : ''}\n${listed}\n` +
      `Only torchvision's ResNet-18 layout is supported (any widths and class count).`);
  }
  return { config, parameters };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
