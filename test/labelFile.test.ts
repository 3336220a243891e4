import { describe, expect, it } from 'vitest';
import { checkLabelCount, parseLabels } from '../src/labels/labelFile.js';

describe('label files', () => {
  it.each([
    ['one per line', 'cat\ndog\nbird\n', ['cat', 'dog', 'bird']],
    ['CRLF, BOM and trailing blank lines', '\uFEFFcat\r\ndog\r\nbird\r\n\r\n', ['cat', 'dog', 'bird']],
    ['no final newline, spaces kept inside', 'tabby cat\n great white shark ', ['tabby cat', 'great white shark']],
    ['a JSON array', '["cat", "dog", "猫"]', ['cat', 'dog', '猫']],
  ])('reads %s', (_, text, labels) => {
    expect(parseLabels(text, 'labels.txt')).toEqual(labels);
  });

  it.each([
    ['a blank line in the middle', 'cat\n\ndog\n', /labels.txt: line 2 is blank/],
    ['an empty file', '\n\n', /has no labels/],
    ['broken JSON', '["cat", "dog"', /not valid JSON/],
    ['JSON that is not a list of strings', '["cat", 3]', /label 1 is 3/],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseLabels(text, 'labels.txt')).toThrow(message);
  });

  it('refuses a count that does not match the class count', () => {
    expect(() => checkLabelCount(['a', 'b'], 3, 'labels.txt')).toThrow('labels.txt has 2 labels but the model has 3 classes');
  });
});
