// Class names for fine-tuned checkpoints, from a file: a text file with one label per line, or a
// JSON array of strings. A UTF-8 byte-order mark, CRLF line ends and trailing blank lines are
// tolerated; a blank label in the middle is an error naming its line, because silently shifting
// every later label by one would mislabel every prediction.

import { readFileSync } from 'node:fs';

export function parseLabels(text: string, source: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new Error(`${source} starts with '[' but is not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new Error(`${source}: expected a JSON array of strings`);
    parsed.forEach((label, i) => {
      if (typeof label !== 'string' || label.trim() === '') {
        throw new Error(`${source}: label ${i} is ${JSON.stringify(label)}; every label must be a non-empty string`);
      }
    });
    return parsed as string[];
  }
  const lines = body.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) throw new Error(`${source} has no labels`);
  lines.forEach((line, i) => {
    if (line.trim() === '') throw new Error(`${source}: line ${i + 1} is blank; give one label per line, with no blank lines between them`);
  });
  return lines.map((line) => line.trim());
}

export function readLabelsFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `labels file ${path} does not exist` : `cannot read labels file ${path}: ${(error as Error).message}`);
  }
  return parseLabels(text, path);
}

export function checkLabelCount(labels: readonly string[], numClasses: number, source: string): void {
  if (labels.length !== numClasses) {
    throw new Error(`${source} has ${labels.length} labels but the model has ${numClasses} classes`);
  }
}
