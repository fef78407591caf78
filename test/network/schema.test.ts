import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkJsonSchema, readNetwork } from '../../src/network/index.js';
import { formatFraction, withNumbers } from '../../src/numbers/index.js';
import { fixture } from '../helpers.js';

describe('the network file', () => {
  it('has its JSON Schema committed as the schema command prints it', () => {
    const committed = JSON.parse(readFileSync(fixture('../network.schema.json'), 'utf8'));
    expect(committed).toEqual(networkJsonSchema()); // else: npm run schema
  });

  it('reads the bundled example into exact fractions, reluAtZero resolved per layer', () => {
    const path = fixture('backward-pass.json');
    const network = withNumbers(readNetwork(readFileSync(path, 'utf8'), path), formatFraction);

    expect(network.input).toBe(3);
    expect(network.layers).toEqual([
      { kind: 'identity' },
      { kind: 'linear', weights: [['1/200', '-3/11600', '1/5800']] },
      { kind: 'relu', reluAtZero: 1 },
    ]);
    expect(network.samples[2]).toEqual({ x: ['0', '2000', '3000'], y: ['1'] });
  });

  it('lets a layer override the file’s reluAtZero', () => {
    const text = JSON.stringify({
      $schema: './network.schema.json',
      input: 1,
      reluAtZero: 0,
      layers: [{ kind: 'relu' }, { kind: 'relu', reluAtZero: 1 }],
      loss: 'half-squared-error',
    }).replace(/"reluAtZero":"?(\d)"?/g, '"reluAtZero":$1');
    const network = readNetwork(text, 'net.json');

    expect(network.layers).toEqual([
      { kind: 'relu', reluAtZero: 0 },
      { kind: 'relu', reluAtZero: 1 },
    ]);
    expect(network.samples).toEqual([]);
  });

  it.each([
    [
      '{"input": "1", "layers": [{"kind": "identity"}], "loss": "half-squared-error"}',
      'input: expected a whole number of at least 1, found "1"',
    ],
    [
      '{"input": 1, "layers": [5], "loss": "half-squared-error"}',
      'layers[0]: expected a layer, an object with a kind, found 5',
    ],
    [
      '{"input": 1, "layers": [{"kind": "identity"}], "loss": ["half-squared-error"]}',
      'loss: expected one of half-squared-error, squared-error, mean-squared-error, ' +
        'binary-cross-entropy, cross-entropy, found an array',
    ],
    [
      '{"input": 1, "layers": [{"kind": "linear", "weights": [["1\\n\\u001b[31m"]]}], ' +
        '"loss": "half-squared-error"}',
      'layers[0].weights[0][0]: "1\\n\\u001b[31m": "\\u001b" at 3 is not allowed; ' +
        'only numbers, + - * / ^ and parentheses are',
    ],
    [
      '{"input": 0, "layers": [{"kind": "identity"}], "loss": "half-squared-error"}',
      'input: expected a whole number of at least 1, found 0',
    ],
    [
      '{"input": 1, "layers": [{"kind": "relu", "reluAtZero": 2}], "loss": "half-squared-error"}',
      'layers[0].reluAtZero: expected 0 or 1, found 2',
    ],
    [
      '{"input": 1, "layers": [{"kind": "relu", "weights": []}], "loss": "half-squared-error"}',
      'layers[0]: unknown key "weights"',
    ],
    ['{"layers": [{"kind": "identity"}], "loss": "half-squared-error"}', 'input: is missing'],
    ['{"input": 1, "layers": [{"kind": "identity"}]}', 'loss: is missing'],
    [
      '{"input": 2, "layers": [{"kind": "linear", "weights": [[1, 2]], "bias": [1, 2]}], ' +
        '"loss": "half-squared-error"}',
      'layers[0].bias: has 2 values; the weights have 1 row',
    ],
    [
      '{"input": 1, "format": 2, "layers": [{"kind": "identity"}], "loss": "half-squared-error"}',
      'format: expected 1, the format this version reads, found 2',
    ],
    ['[1, 2]', '(top level): expected object, found an array'],
    ['5', '(top level): expected an object, found 5'],
    [
      '{"input": 1, "layers": [{"kind": "identity"}], "loss": "half-squared-error", ' +
        '"samples": [5]}',
      'samples[0]: expected an object, found 5',
    ],
  ])('rejects %s', (text, message) => {
    expect(() => readNetwork(text, 'net.json')).toThrow(`net.json: ${message}`);
  });
});
