import { describe, expect, it } from 'vitest';
import { readNetwork } from '../../src/network/index.js';
import { exactArithmetic } from '../../src/numbers/index.js';
import { layerFrom, values } from '../oracle.js';

const ar = exactArithmetic();
const x = values(ar, '1', '-2', '1/2');
const ROW_1 = ['1/2', '1/3', '-1'];
const ROW_2 = ['2', '0', '4'];

function run(json: Record<string, unknown>, outputDelta: string[]) {
  const forward = layerFrom({ kind: 'linear', ...json }, ar).forward(x);
  const gradients = forward.backward(values(ar, ...outputDelta));
  return {
    output: forward.output.map(ar.format),
    delta: gradients.delta.map(ar.format),
    weightGrad: gradients.weightGrad?.map((row) => row.map(ar.format)),
    biasGrad: gradients.biasGrad?.map(ar.format),
  };
}

// By hand, x = (1, −2, 1/2): W_1 · x = 1/2 − 2/3 − 1/2 = −2/3, W_2 · x = 2 + 0 + 2 = 4.
describe('linear', () => {
  it('one output, no bias', () => {
    expect(run({ weights: [ROW_1] }, ['3'])).toEqual({
      output: ['-2/3'],
      delta: ['3/2', '1', '-3'],
      weightGrad: [['3', '-6', '3/2']],
      biasGrad: undefined,
    });
  });

  it('one output with a bias', () => {
    expect(run({ weights: [ROW_1], bias: ['1/6'] }, ['3'])).toEqual({
      output: ['-1/2'],
      delta: ['3/2', '1', '-3'],
      weightGrad: [['3', '-6', '3/2']],
      biasGrad: ['3'],
    });
  });

  it('two outputs, no bias: δ^k sums over the outputs', () => {
    // δ_j = 3 W_1j − 1/2 W_2j = (3/2 − 1, 1 − 0, −3 − 2)
    expect(run({ weights: [ROW_1, ROW_2] }, ['3', '-1/2'])).toEqual({
      output: ['-2/3', '4'],
      delta: ['1/2', '1', '-5'],
      weightGrad: [
        ['3', '-6', '3/2'],
        ['-1/2', '1', '-1/4'],
      ],
      biasGrad: undefined,
    });
  });

  it('two outputs with a bias', () => {
    expect(run({ weights: [ROW_1, ROW_2], bias: ['1/6', '-5'] }, ['3', '-1/2'])).toEqual({
      output: ['-1/2', '-1'],
      delta: ['1/2', '1', '-5'],
      weightGrad: [
        ['3', '-6', '3/2'],
        ['-1/2', '1', '-1/4'],
      ],
      biasGrad: ['3', '-1/2'],
    });
  });

  it('names a bias that does not fit the weights', () => {
    const text = `{ "input": 3, "layers": [{ "kind": "linear", "weights": [[1, 2, 3], [4, 5, 6]],
      "bias": [1] }], "loss": "squared-error" }`;

    expect(() => readNetwork(text, 'net.json')).toThrow(
      'net.json: layers[0].bias: has 1 values; the weights have 2 rows',
    );
  });
});
