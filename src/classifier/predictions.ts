// From logits to what a person reads: softmax probabilities, the top k, and their labels.

import { softmax } from '../tensor/softmax.js';
import { topK } from '../tensor/topK.js';
import type { Tensor } from '../tensor/tensor.js';

export interface Prediction {
  index: number;
  label: string;
  /** Present when Chinese labels were asked for and exist. */
  label_zh?: string;
  probability: number;
}

export interface LabelNames {
  en: readonly string[];
  zh?: readonly string[];
}

export type Lang = 'en' | 'zh' | 'both';

/** Top-k predictions for each image of logits [N, classes]. With lang "zh", `label` is the Chinese name. */
export function predictions(logits: Tensor, labels: LabelNames, k: number, lang: Lang = 'en'): Prediction[][] {
  const [batch, classes] = logits.shape;
  const probabilities = softmax(logits);
  const result: Prediction[][] = [];
  for (let n = 0; n < batch; n++) {
    const row = probabilities.data.subarray(n * classes, (n + 1) * classes);
    result.push(topK(row, Math.min(k, classes)).map(({ index, value }) => {
      const english = labels.en[index];
      const chinese = labels.zh?.[index];
      const prediction: Prediction = { index, label: lang === 'zh' && chinese ? chinese : english, probability: value };
      if (lang === 'both' && chinese) prediction.label_zh = chinese;
      return prediction;
    }));
  }
  return result;
}
