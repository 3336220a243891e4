// Which names a model's classes get: the user's own labels when given; ImageNet's English and
// Chinese names for a 1000-class model; otherwise "class 0", "class 1", ….

import { IMAGENET_CHINESE } from './imagenetChinese.js';
import { IMAGENET_ENGLISH } from './imagenetEnglish.js';

/** Which name a prediction carries: English, Chinese, or English with the Chinese beside it. */
export type Lang = 'en' | 'zh' | 'both';

/** The names of a model's classes, in logit order: English (or custom), and Chinese for ImageNet's. */
export interface LabelSet {
  /** One name per class, in logit order. Custom labels go here whatever their language. */
  en: readonly string[];
  /** Chinese names, in the same order; only ImageNet's classes have them. */
  zh?: readonly string[];
}

/** The names for a model with `numClasses` outputs; `source` names custom labels in errors. */
export function labelsFor(numClasses: number, custom?: readonly string[], source = 'the labels file'): LabelSet {
  if (!Number.isInteger(numClasses) || numClasses < 1) {
    throw new Error(`a model has a positive whole number of classes, not ${numClasses}`);
  }
  if (custom) {
    checkLabelCount(custom, numClasses, source);
    return { en: custom };
  }
  if (numClasses === IMAGENET_ENGLISH.length) return { en: IMAGENET_ENGLISH, zh: IMAGENET_CHINESE };
  return { en: Array.from({ length: numClasses }, (_, i) => `class ${i}`) };
}

/** Throws unless there is exactly one label per class. */
export function checkLabelCount(labels: readonly string[], numClasses: number, source: string): void {
  if (labels.length !== numClasses) {
    throw new Error(`${source} has ${labels.length} labels but the checkpoint has ${numClasses} classes`);
  }
}
