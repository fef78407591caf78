import { describe, expect, it } from 'vitest';
import { exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { expectAllDigits, layerFrom, pass, values } from '../oracle.js';

// mpmath, 50 digits: tanh(x), and 2 sech²(x) (the derivative 1 − tanh², times δ = 2)
const TANH_HALF = '0.46211715726000975850231848364367254873028928033011';
const TANH_MINUS_3 = '-0.99505475368673045133188018525548847509781385470028';
const TWICE_SLOPE_HALF = '1.5728954659318548202993978686872722049781382834185';
const TWICE_SLOPE_MINUS_3 = '0.019732074330880382546312339367046974654643218237599';

describe('tanh', () => {
  it('gives tanh(0) = 0 and the derivative 1 exactly', () => {
    const ar = exactArithmetic();
    const forward = layerFrom({ kind: 'tanh' }, ar).forward(values(ar, '0'));

    expect(pass(ar, forward, values(ar, '2'))).toEqual({
      output: ['0'],
      delta: ['2'],
      exact: { output: [true], delta: [true] },
    });
  });

  it('gives tanh and 1 − tanh² elsewhere to 40 digits, marked approximate', () => {
    const ar = exactArithmetic(40);
    const forward = layerFrom({ kind: 'tanh' }, ar).forward(values(ar, '1/2', '-3'));
    const result = pass(ar, forward, values(ar, '2', '2'));

    expectAllDigits(result.output, [TANH_HALF, TANH_MINUS_3], 38);
    expectAllDigits(result.delta, [TWICE_SLOPE_HALF, TWICE_SLOPE_MINUS_3], 36);
    expect(result.exact).toEqual({ output: [false, false], delta: [false, false] });
  });

  it('agrees in float64', () => {
    const float = floatArithmetic();
    const forward = layerFrom({ kind: 'tanh' }, float).forward([0.5]);

    expect(forward.output[0]).toBeCloseTo(Number(TANH_HALF), 15);
    expect(forward.backward([2]).delta[0]).toBeCloseTo(Number(TWICE_SLOPE_HALF), 14);
  });
});
