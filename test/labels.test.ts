import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/classifier/classifier.js';
import { IMAGENET_ENGLISH } from '../src/labels/imagenetEnglish.js';
import { randomStateDict } from './support/random.js';

describe('ImageNet labels', () => {
  it('are torchvision\'s 1000 category names in index order', () => {
    expect(IMAGENET_ENGLISH).toHaveLength(1000);
    // Printed by torchvision 0.14.1: ResNet18_Weights.IMAGENET1K_V1.meta["categories"][i]
    const fromTorchvision: [number, string][] = [
      [0, 'tench'], [1, 'goldfish'], [134, 'crane bird'], [281, 'tabby'], [517, 'crane'],
      [638, 'maillot'], [639, 'maillot tank suit'], [999, 'toilet tissue'],
    ];
    for (const [index, name] of fromTorchvision) expect(IMAGENET_ENGLISH[index], `label ${index}`).toBe(name);
    expect(new Set(IMAGENET_ENGLISH).size).toBe(1000);
  });

  it('name the predictions of a 1000-class model without labels of its own', async () => {
    const model = await loadModel({ weights: randomStateDict({ widths: [4, 4, 4, 4], numClasses: 1000 }), workers: 1 });
    try {
      expect(model.labels.en).toBe(IMAGENET_ENGLISH);
    } finally {
      await model.close();
    }
    const ten = await loadModel({ weights: randomStateDict({ widths: [4, 4, 4, 4], numClasses: 10 }), workers: 1 });
    try {
      expect(ten.labels.en[3]).toBe('class 3');
    } finally {
      await ten.close();
    }
  });
});
