import { describe, expect, it } from 'vitest';
import { exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { layerFrom, pass, values } from '../oracle.js';

const ar = exactArithmetic();

describe('leaky-relu', () => {
  it('scales negative inputs by the default slope 1/100 and passes the rest', () => {
    const layer = layerFrom({ kind: 'leaky-relu' }, ar);
    const forward = layer.forward(values(ar, '-3', '0', '2'));

    expect(pass(ar, forward, values(ar, '5', '7', '11'))).toMatchObject({
      output: ['-3/100', '0', '2'],
      delta: ['1/20', '7', '11'],
      exact: { output: [true, true, true], delta: [true, true, true] },
    });
    expect(forward.atKink).toEqual([1]);
  });

  it('takes the slope below 0 as its derivative at 0 when reluAtZero is 0', () => {
    const layer = layerFrom({ kind: 'leaky-relu', reluAtZero: 0 }, ar);
    const forward = layer.forward(values(ar, '-3', '0', '2'));

    expect(pass(ar, forward, values(ar, '5', '7', '11')).delta).toEqual(['1/20', '7/100', '11']);
  });

  it('reads an exact slope', () => {
    const layer = layerFrom({ kind: 'leaky-relu', slope: '1/5' }, ar);
    const forward = layer.forward(values(ar, '-3', '1/2'));

    expect(pass(ar, forward, values(ar, '5', '7'))).toMatchObject({
      output: ['-3/5', '1/2'],
      delta: ['1', '7'],
    });
  });

  it('computes the same in float64', () => {
    const float = floatArithmetic();
    const layer = layerFrom({ kind: 'leaky-relu', slope: '1/4' }, float);
    const forward = layer.forward([-2, 3]);

    expect(forward.output).toEqual([-0.5, 3]);
    expect(forward.backward([1, 1]).delta).toEqual([0.25, 1]);
  });
});
