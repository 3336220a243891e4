// Class names for fine-tuned checkpoints, from a file: a text file with one label per line, or a
// JSON array of strings (recognised by its first character, '['). A UTF-8 byte-order mark, CRLF line
// ends, spaces around a label and blank lines at the end are tolerated. A blank line anywhere else is
// an error naming its line, because silently shifting every later label by one would mislabel every
// prediction.

import { existsSync } from 'node:fs';
import { readInputFileSync } from '../formats/inputFile.js';

/** The labels in `text`, the contents of a labels file; `source` names the file in error messages. */
export function parseLabels(text: string, source: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const labels = body.trimStart().startsWith('[') ? parseJsonLabels(body, source) : parseTextLabels(body, source);
  if (labels.length === 0) throw new Error(`${source} has no labels`);
  return labels;
}

function parseTextLabels(body: string, source: string): string[] {
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.map((line, i) => {
    const label = line.trim();
    if (label === '') {
      throw new Error(`${source}: line ${i + 1} is blank; give one label per line, with no blank lines between them`);
    }
    return label;
  });
}

function parseJsonLabels(body: string, source: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new Error(`${source} starts with '[' but is not valid JSON: ${(error as Error).message}`);
  }
  // Text starting with '[' that parses is always an array; the check is for the type checker.
  if (!Array.isArray(parsed)) throw new Error(`${source}: expected a JSON array of strings`);
  return parsed.map((label: unknown, i) => {
    if (typeof label !== 'string' || label.trim() === '') {
      throw new Error(`${source}: label ${i} is ${JSON.stringify(label)}; every label must be a non-empty string`);
    }
    return label.trim();
  });
}

/** Reads and parses a labels file (see parseLabels). */
export function readLabelsFile(path: string): string[] {
  if (!existsSync(path)) throw new Error(`labels file ${path} does not exist`);
  let text: string;
  try {
    // 16 MB: a thousand labels are tens of kB; a device or a FIFO is refused, by name.
    text = new TextDecoder().decode(readInputFileSync(path, 16e6));
  } catch (error) {
    throw new Error(`cannot read labels file ${path}: ${(error as Error).message.replace(`${path}: `, '')}`);
  }
  return parseLabels(text, path);
}

export { checkLabelCount } from './labelSet.js';
