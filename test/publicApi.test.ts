// The library's public names, as an editor shows them: every export of src/index.ts has
// documentation, and so does every field of the option and result types a caller fills or reads.

import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const program = ts.createProgram([index], {
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, types: ['node'], noEmit: true,
});
const checker = program.getTypeChecker();
const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!)
  .map((symbol) => ({ name: symbol.getName(), symbol: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol }));
const documented = (symbol: ts.Symbol): boolean => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';

describe('the public API', () => {
  it('documents every exported name', () => {
    expect(exports.length).toBeGreaterThan(50);
    expect(exports.filter((e) => !documented(e.symbol)).map((e) => e.name)).toEqual([]);
  });

  it.each(['LoadModelOptions', 'PredictOptions', 'Prediction', 'DecodeOptions', 'RawPixels', 'DownloadProgress', 'WeightsInfo', 'Tensor', 'StepOutput'])(
    'documents every field of %s', (name) => {
      const symbol = exports.find((e) => e.name === name)!.symbol;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const undocumented = checker.getPropertiesOfType(type).filter((p) => !documented(p)).map((p) => p.getName());
      expect(undocumented).toEqual([]);
    },
  );

  it('states the defaults of loadModel(), predict() and decoding options', () => {
    const docs = (type: string, field: string): string => {
      const symbol = exports.find((e) => e.name === type)!.symbol;
      const property = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).find((p) => p.getName() === field)!;
      return ts.displayPartsToString(property.getDocumentationComment(checker));
    };
    for (const [type, field] of [['LoadModelOptions', 'workers'], ['LoadModelOptions', 'plan'], ['LoadModelOptions', 'offline'], ['LoadModelOptions', 'weights'],
      ['LoadModelOptions', 'weightsUrl'], ['PredictOptions', 'topK'], ['PredictOptions', 'lang'], ['DecodeOptions', 'autoOrient'], ['DecodeOptions', 'maxPixels']]) {
      expect(docs(type, field), `${type}.${field}`).toMatch(/[Dd]efault/);
    }
  });
});
