// Class labels: torchvision's ImageNet names, our hand-written Chinese names for the same classes,
// custom label files, and which set of names a model gets.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/classifier/classifier.js';
import { IMAGENET_CHINESE } from '../src/labels/imagenetChinese.js';
import { IMAGENET_ENGLISH } from '../src/labels/imagenetEnglish.js';
import { checkLabelCount, parseLabels, readLabelsFile } from '../src/labels/labelFile.js';
import { labelsFor } from '../src/labels/labelSet.js';
import { randomStateDict } from './support/random.js';

// Written by tools/labels/make_imagenet_labels.py from torchvision itself, not from our file.
const spotcheck = JSON.parse(readFileSync(new URL('./golden/imagenet_labels_spotcheck.json', import.meta.url), 'utf8')) as {
  source: string;
  count: number;
  labels: [number, string][];
};

// The only Chinese names allowed Latin letters, as documented at the top of imagenetChinese.ts.
const LATIN_IN_CHINESE = new Map<number, string>([
  [605, 'iPod'],
  [661, 'T'],
]);

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]+/g; // ASCII and full-width letters

describe('ImageNet English labels', () => {
  it("are torchvision's 1000 category names in index order", () => {
    expect(IMAGENET_ENGLISH).toHaveLength(spotcheck.count);
    expect(IMAGENET_ENGLISH).toHaveLength(1000);
    for (const [index, name] of spotcheck.labels) expect(IMAGENET_ENGLISH[index], `label ${index}`).toBe(name);
  });

  it('are all different, so each names one class', () => {
    expect(new Set(IMAGENET_ENGLISH).size).toBe(1000);
  });
});

describe('ImageNet Chinese labels', () => {
  it('name every one of the 1000 classes with a non-empty, trimmed name', () => {
    expect(IMAGENET_CHINESE).toHaveLength(1000);
    IMAGENET_CHINESE.forEach((name, i) => {
      expect(typeof name, `label ${i}`).toBe('string');
      expect(name.trim(), `label ${i} (${IMAGENET_ENGLISH[i]})`).toBe(name);
      expect(name, `label ${i} (${IMAGENET_ENGLISH[i]})`).not.toBe('');
    });
  });

  it('are all different, also for classes whose English names are alike', () => {
    const seen = new Map<string, number>();
    const repeats: string[] = [];
    IMAGENET_CHINESE.forEach((name, i) => {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, i);
      else repeats.push(`${name}: ${first} ${IMAGENET_ENGLISH[first]} and ${i} ${IMAGENET_ENGLISH[i]}`);
    });
    expect(repeats).toEqual([]);
    expect(IMAGENET_CHINESE[134]).not.toBe(IMAGENET_CHINESE[517]); // crane bird, crane
    expect(IMAGENET_CHINESE[638]).not.toBe(IMAGENET_CHINESE[639]); // maillot, maillot tank suit
  });

  it('contain a Chinese character each', () => {
    const without = IMAGENET_CHINESE.map((name, i) => [i, name] as const).filter(([, name]) => !CJK.test(name));
    expect(without).toEqual([]);
  });

  it('leave no English behind, except the documented brand-like names', () => {
    const latin: [number, string][] = [];
    IMAGENET_CHINESE.forEach((name, i) => {
      for (const letters of name.match(LATIN) ?? []) latin.push([i, letters]);
    });
    expect(latin).toEqual([...LATIN_IN_CHINESE]);
  });
});

describe('label files', () => {
  it.each([
    ['one per line', 'cat\ndog\nbird\n', ['cat', 'dog', 'bird']],
    ['no final newline', 'cat\ndog', ['cat', 'dog']],
    ['CRLF line ends', 'cat\r\ndog\r\nbird\r\n', ['cat', 'dog', 'bird']],
    ['a UTF-8 byte-order mark', '\uFEFFcat\ndog\n', ['cat', 'dog']],
    ['trailing blank lines', 'cat\ndog\n\n \r\n\n', ['cat', 'dog']],
    ['spaces around labels, kept inside', ' tabby cat \n\tgreat white shark\n', ['tabby cat', 'great white shark']],
    ['Chinese labels', '猫\n狗\n', ['猫', '狗']],
    ['a JSON array', '["cat", "dog", "猫"]', ['cat', 'dog', '猫']],
    ['a JSON array over several lines, with a BOM', '\uFEFF[\r\n  "cat",\r\n  "dog"\r\n]\r\n', ['cat', 'dog']],
  ])('reads %s', (_, text, labels) => {
    expect(parseLabels(text, 'labels.txt')).toEqual(labels);
  });

  it.each([
    ['a blank line in the middle', 'cat\n\ndog\n', 'labels.txt: line 2 is blank'],
    ['a blank line in the middle, CRLF', 'cat\r\ndog\r\n  \r\nbird\r\n', 'labels.txt: line 3 is blank'],
    ['a blank first line', '\ncat\ndog\n', 'labels.txt: line 1 is blank'],
    ['an empty file', '', 'labels.txt has no labels'],
    ['a file of blank lines', '\n\n', 'labels.txt has no labels'],
    ['an empty JSON array', '[]', 'labels.txt has no labels'],
    ['broken JSON', '["cat", "dog"', "labels.txt starts with '[' but is not valid JSON"],
    ['JSON with a number', '["cat", 3]', 'labels.txt: label 1 is 3; every label must be a non-empty string'],
    ['JSON with a blank label', '["cat", " "]', 'labels.txt: label 1 is " "'],
    ['JSON with a nested list', '[["cat"], "dog"]', 'labels.txt: label 0 is ["cat"]'],
    ['JSON with null', '["cat", null]', 'labels.txt: label 1 is null'],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseLabels(text, 'labels.txt')).toThrow(message);
  });

  it('are read from disk, and a missing file is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    try {
      const path = join(dir, 'labels.txt');
      writeFileSync(path, '\uFEFFcat\r\ndog\r\n');
      expect(readLabelsFile(path)).toEqual(['cat', 'dog']);
      writeFileSync(path, 'cat\n\ndog\n');
      expect(() => readLabelsFile(path)).toThrow(`${path}: line 2 is blank`);
      expect(() => readLabelsFile(join(dir, 'missing.txt'))).toThrow(`labels file ${join(dir, 'missing.txt')} does not exist`);
      // A device never ends: refused by name, not read until the process is killed.
      expect(() => readLabelsFile('/dev/zero')).toThrow('cannot read labels file /dev/zero: is a character device');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('must have one label per class', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `label ${i}`);
    expect(() => checkLabelCount(nine, 10, 'labels.txt')).toThrow('labels.txt has 9 labels but the checkpoint has 10 classes');
    expect(() => checkLabelCount(nine, 9, 'labels.txt')).not.toThrow();
  });
});

describe('labelsFor', () => {
  it('gives a 1000-class model ImageNet names in English and Chinese', () => {
    expect(labelsFor(1000)).toEqual({ en: IMAGENET_ENGLISH, zh: IMAGENET_CHINESE });
  });

  it('gives custom labels instead, with no Chinese, when they match the class count', () => {
    expect(labelsFor(2, ['cat', 'dog'])).toEqual({ en: ['cat', 'dog'] });
    expect(() => labelsFor(3, ['cat', 'dog'], 'pets.txt')).toThrow('pets.txt has 2 labels but the checkpoint has 3 classes');
  });

  it('numbers the classes of any other model', () => {
    expect(labelsFor(3)).toEqual({ en: ['class 0', 'class 1', 'class 2'] });
    expect(() => labelsFor(0)).toThrow('positive whole number of classes');
  });
});

describe('a loaded model', () => {
  it('names the predictions of a 1000-class model without labels of its own', async () => {
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
