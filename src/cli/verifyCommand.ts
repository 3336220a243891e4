// `resnet18 verify`: this engine against reference logits recorded with PyTorch for someone's own
// checkpoint and images (tools/reference/record_references.py; the folder's format is in
// referenceSet.ts). Per image, and per form recorded (PyTorch's input tensor; the image file, which
// also checks decoding and preprocessing): the largest logit difference, whether the top-5 is the
// same, pass or fail. Exit code 0 when every image passes, 1 otherwise.

import { availableParallelism } from 'node:os';
import { inputTensor } from '../classifier/inputTensor.js';
import { topK } from '../tensor/topK.js';
import { tensor, type Tensor } from '../tensor/tensor.js';
import { UsageError } from './cliError.js';
import type { Command } from './main.js';
import { openModel } from './openModel.js';
import { tensorSizeProblem } from './classifyInputs.js';
import { integerOption, parseOptions, stringOption } from './parseOptions.js';
import { readReferenceSet, readTensor, type ReferenceSet } from './referenceSet.js';

const usage = `usage: resnet18 verify <refs-dir> [--weights FILE] [--tolerance 1e-4] [--json] [--workers N]

Checks this engine against reference outputs recorded with PyTorch for your checkpoint and images:
  /usr/bin/python3 tools/reference/record_references.py model.pth photos/ -o refs/    (in a checkout)
  resnet18 verify refs/ --weights model.pth
For each image and each form recorded — PyTorch's input tensor (inputs/*.npy: checks the network),
the image file (images/*: also checks decoding and preprocessing) — it prints the largest difference
between the logits, whether the top-5 classes are the same, and pass or fail. The exit code is 0
when every image passes, 1 when one fails.
  --weights FILE   the weights: a PyTorch checkpoint (.pth, converted once into the cache) or a
                   weights file made by convert (default as for classify)
  --tolerance T    a logit may differ by T × the largest |logit| of its image (at least T); default 1e-4.
                   Two classes whose reference logits are that close may swap places in the top-5.
  --json           one JSON object per image and form, then a summary object
  --workers N      worker threads (default one per core)`;

/** How one set of logits compares with the reference. */
export interface LogitComparison {
  /** The largest |ours − reference| … */
  maxDiff: number;
  /** … at this class. */
  at: number;
  /** The difference allowed: tolerance × max(1, largest |reference logit|). */
  limit: number;
  /** The top-5 (or all classes, if fewer), ours and the reference's. */
  top: number[];
  refTop: number[];
  /** Whether the rankings agree, up to swaps of classes whose reference logits are within `limit`. */
  sameTop: boolean;
  pass: boolean;
}

export function compareLogits(ours: Float32Array, reference: Float32Array, tolerance: number): LogitComparison {
  let maxDiff = 0;
  let at = 0;
  let largest = 0;
  for (let i = 0; i < reference.length; i++) {
    const diff = Math.abs(ours[i] - reference[i]);
    if (!(diff <= maxDiff)) {
      maxDiff = diff;
      at = i;
    }
    largest = Math.max(largest, Math.abs(reference[i]));
  }
  const limit = tolerance * Math.max(1, largest);
  const k = Math.min(5, reference.length);
  const top = topK(ours, k).map((r) => r.index);
  const refTop = topK(reference, k).map((r) => r.index);
  const sameTop = top.every((index, rank) => index === refTop[rank] || Math.abs(reference[index] - reference[refTop[rank]]) <= limit);
  return { maxDiff, at, limit, top, refTop, sameTop, pass: maxDiff <= limit && sameTop };
}

interface Row extends LogitComparison {
  name: string;
  form: 'input' | 'image';
  error?: string;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check this engine against reference logits recorded with PyTorch',
  usage,
  async run(args, out) {
    const { values, positionals } = parseOptions('verify', args, {
      weights: { type: 'string' }, tolerance: { type: 'string' }, json: { type: 'boolean' }, workers: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(`verify takes one references folder, got ${positionals.length} (see: resnet18 verify --help)`);
    const toleranceText = stringOption(values.tolerance) ?? '1e-4';
    const tolerance = Number(toleranceText);
    if (!/^[0-9.eE+-]+$/.test(toleranceText) || !(tolerance >= 0) || !Number.isFinite(tolerance)) {
      throw new UsageError(`--tolerance must be a number of at least 0, like 1e-4; got '${toleranceText}'`);
    }
    const workers = integerOption(values.workers, '--workers', availableParallelism(), 1, 64);
    const refs = readReferenceSet(positionals[0]);
    const weights = stringOption(values.weights);
    const model = await openModel(out, weights, { workers });
    const checkpointSha256 = model.weights.sourceSha256;
    const rows: Row[] = [];
    try {
      if (model.numClasses !== refs.numClasses) {
        throw new UsageError(`the weights have ${model.numClasses} classes but the references ${refs.numClasses}: ` +
          `verify the checkpoint they were recorded with${refs.checkpoint?.file ? ` (${refs.checkpoint.file})` : ''}`);
      }
      if (!values.json) out.stdout(header(refs, tolerance, checkpointSha256));
      for (const image of refs.images) {
        const forms: ['input' | 'image', string][] = [];
        if (image.input) forms.push(['input', image.input]);
        if (image.image) forms.push(['image', image.image]);
        for (const [form, path] of forms) {
          let row: Row;
          try {
            const x: Tensor = form === 'input' ? checkedInput(path) : await inputTensor(path);
            const logits = await model.forward(x);
            row = { name: image.name, form, ...compareLogits(logits.data, image.logits, tolerance) };
          } catch (error) {
            row = { name: image.name, form, maxDiff: NaN, at: -1, limit: NaN, top: [], refTop: [], sameTop: false, pass: false, error: (error as Error).message };
          }
          rows.push(row);
          out.stdout(values.json ? `${JSON.stringify(jsonRow(row))}\n` : `${textRow(row)}\n`);
        }
      }
    } finally {
      await model.close();
    }
    const images = new Set(rows.map((r) => r.name)).size;
    const failedImages = new Set(rows.filter((r) => !r.pass).map((r) => r.name)).size;
    if (values.json) {
      out.stdout(`${JSON.stringify({ images, passed: images - failedImages, failed: failedImages, tolerance })}\n`);
    } else {
      out.stdout(failedImages === 0 ? `all ${images} images pass\n` : `${failedImages} of ${images} images fail\n`);
    }
    return failedImages === 0 ? 0 : 1;
  },
};

/** PyTorch's input tensor, [3, H, W] or [1, 3, H, W], within the size classify takes. */
function checkedInput(path: string): Tensor {
  const t = readTensor(path);
  const s = t.shape;
  if (!((s.length === 3 && s[0] === 3) || (s.length === 4 && s[0] === 1 && s[1] === 3))) {
    throw new Error(`${path}: tensor is [${s.join(', ')}], expected [3, H, W]`);
  }
  const problem = tensorSizeProblem(s);
  if (problem) throw new Error(`${path}: ${problem}`);
  return tensor(s, t.data);
}

function header(refs: ReferenceSet, tolerance: number, checkpointSha256: string | undefined): string {
  const recorded = refs.checkpoint?.sha256;
  const lines = [
    `verify ${refs.dir}: ${refs.images.length} images, ${refs.numClasses} classes` +
      `${refs.checkpoint?.file ? `, recorded with ${refs.checkpoint.file}` : ''}${refs.recordedWith ? ` (${refs.recordedWith})` : ''}; ` +
      `tolerance ${tolerance} × the largest |logit|`,
  ];
  if (recorded && checkpointSha256 && recorded !== checkpointSha256) {
    lines.push(`note: the weights come from a checkpoint with SHA-256 ${checkpointSha256.slice(0, 16)}…, ` +
      `the references from ${recorded.slice(0, 16)}…: not the same file`);
  }
  return `${lines.join('\n')}\n`;
}

function textRow(row: Row): string {
  const name = `  ${row.name.padEnd(24)} ${(row.form === 'input' ? 'tensor' : 'image').padEnd(6)}`;
  if (row.error) return `${name}  error: ${row.error}   FAIL`;
  const top = row.sameTop ? 'top-5 same' : `top-5 differs: ours ${row.top.join(' ')}, PyTorch's ${row.refTop.join(' ')}`;
  return `${name}  max |Δ| ${row.maxDiff.toExponential(1)} at class ${row.at} (limit ${row.limit.toExponential(1)})   ${top}   ${row.pass ? 'pass' : 'FAIL'}`;
}

function jsonRow(row: Row): object {
  const base = { image: row.name, form: row.form === 'input' ? 'tensor' : 'image', pass: row.pass };
  if (row.error) return { ...base, error: row.error };
  return { ...base, max_diff: row.maxDiff, at_class: row.at, limit: row.limit, top5_same: row.sameTop, top5: row.top, reference_top5: row.refTop };
}
