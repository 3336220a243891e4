// From logits to what a person reads: softmax probabilities, the top k, and their labels.

import { softmax } from '../tensor/softmax.js';
import { topK } from '../tensor/topK.js';
import type { Tensor } from '../tensor/tensor.js';
import type { Lang, LabelSet } from '../labels/labelSet.js';
import { describeValue } from './describeValue.js';

const LANGS: readonly Lang[] = ['en', 'zh', 'both'];

/** topK (default 5) and lang (default "en") as predict() uses them, or a RangeError naming the bad value as given. */
export function checkPredictOptions(options: { topK?: number; lang?: Lang }): { topK: number; lang: Lang } {
  const { topK = 5, lang = 'en' } = options;
  if (!Number.isInteger(topK) || topK < 1) throw new RangeError(`topK must be a whole number of at least 1, got ${describeValue(topK)}`);
  if (!LANGS.includes(lang)) throw new RangeError(`lang must be "en", "zh" or "both", got ${describeValue(lang)}`);
  return { topK, lang };
}

/** One class of a top-k answer. */
export interface Prediction {
  /** The class's position in the logits (0–999 for ImageNet). */
  index: number;
  /** The class's English name (or its custom label). */
  label: string;
  /** The Chinese name, when lang is "zh" or "both" and the classes have Chinese names (ImageNet's). */
  label_zh?: string;
  /** The softmax probability, from 0 to 1. */
  probability: number;
}

/** Top-k predictions for each image of logits [N, classes]. */
export function predictions(logits: Tensor, labels: LabelSet, k: number, lang: Lang = 'en'): Prediction[][] {
  const [batch, classes] = logits.shape;
  const probabilities = softmax(logits);
  const result: Prediction[][] = [];
  for (let n = 0; n < batch; n++) {
    const row = probabilities.data.subarray(n * classes, (n + 1) * classes);
    result.push(topK(row, Math.min(k, classes)).map(({ index, value }) => {
      const prediction: Prediction = { index, label: labels.en[index], probability: value };
      const chinese = labels.zh?.[index];
      if (lang !== 'en' && chinese) prediction.label_zh = chinese;
      return prediction;
    }));
  }
  return result;
}
