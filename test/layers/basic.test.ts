import { describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../../src/layers/index.js';
import { exactArithmetic, type ExactValue, parseLiteral } from '../../src/numbers/index.js';

const ar = exactArithmetic();
const vector = (...texts: string[]) => texts.map((text) => parseLiteral(text) as ExactValue);
const show = (values: readonly ExactValue[]) => values.map(ar.format);

describe('identity', () => {
  const layer = LAYER_KINDS.identity.build({ kind: 'identity' }, ar);

  it('forward: o = X', () => {
    expect(show(layer.forward(vector('1/2', '-3')).output)).toEqual(['1/2', '-3']);
  });

  it('backward: δ^k = δ^(k+1)', () => {
    const pass = layer.forward(vector('1/2', '-3'));
    expect(show(pass.backward(vector('7', '-1/9')).delta)).toEqual(['7', '-1/9']);
  });
});

describe('linear', () => {
  // W = [[1, 2, 3], [-1/2, 0, 1/3]], b = (1/10, -1), X = (6, -1, 3/2)
  const weights = [vector('1', '2', '3'), vector('-1/2', '0', '1/3')];
  const bias = vector('1/10', '-1');
  const input = vector('6', '-1', '3/2');

  it('forward: o_i = Σ_j W_ij X_j + b_i', () => {
    // 6 - 2 + 9/2 + 1/10 = 43/5;  -3 + 0 + 1/2 - 1 = -7/2
    const layer = LAYER_KINDS.linear.build({ kind: 'linear', weights, bias }, ar);
    expect(show(layer.forward(input).output)).toEqual(['43/5', '-7/2']);
  });

  it('forward without a bias adds nothing', () => {
    const layer = LAYER_KINDS.linear.build({ kind: 'linear', weights }, ar);
    expect(show(layer.forward(input).output)).toEqual(['17/2', '-5/2']);
  });

  it('backward: δ^k = Wᵀ δ^(k+1), δw = δ^(k+1) Xᵀ, δb = δ^(k+1)', () => {
    const layer = LAYER_KINDS.linear.build({ kind: 'linear', weights, bias }, ar);
    const gradients = layer.forward(input).backward(vector('2', '-4'));
    // (2·1 + -4·-1/2, 2·2 + 0, 2·3 + -4·1/3) = (4, 4, 14/3)
    expect(show(gradients.delta)).toEqual(['4', '4', '14/3']);
    expect(gradients.weightGrad?.map(show)).toEqual([
      ['12', '-2', '3'],
      ['-24', '4', '-6'],
    ]);
    expect(show(gradients.biasGrad ?? [])).toEqual(['2', '-4']);
  });

  it('has no bias gradient when it has no bias', () => {
    const layer = LAYER_KINDS.linear.build({ kind: 'linear', weights }, ar);
    expect(layer.forward(input).backward(vector('2', '-4')).biasGrad).toBeUndefined();
  });
});

describe('relu', () => {
  const input = vector('-1/3', '0', '5/2');

  it('forward: o_i = X_i if X_i ≥ 0 else 0', () => {
    const layer = LAYER_KINDS.relu.build({ kind: 'relu', reluAtZero: 1 }, ar);
    expect(show(layer.forward(input).output)).toEqual(['0', '0', '5/2']);
  });

  it('backward: derivative 1 for X ≥ 0, so 1 at exactly 0 by default', () => {
    const layer = LAYER_KINDS.relu.build({ kind: 'relu', reluAtZero: 1 }, ar);
    const pass = layer.forward(input);
    expect(show(pass.backward(vector('7', '-2', '3')).delta)).toEqual(['0', '-2', '3']);
    expect(pass.atKink).toEqual([1]);
  });

  it('backward with reluAtZero 0 takes PyTorch’s derivative 0 at exactly 0', () => {
    const layer = LAYER_KINDS.relu.build({ kind: 'relu', reluAtZero: 0 }, ar);
    expect(show(layer.forward(input).backward(vector('7', '-2', '3')).delta)).toEqual([
      '0',
      '0',
      '3',
    ]);
  });
});
