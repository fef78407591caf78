import { describe, expect, it } from 'vitest';
import { decimalArithmetic, exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { expectAllDigits, layerFrom, pass, values } from '../oracle.js';

// mpmath, 50 digits: σ(x) = 1/(1 + exp(−x)) and σ(x)(1 − σ(x))
const SIGMOID_1 = '0.73105857863000487925115924182183627436514464016506';
const SLOPE_1 = '0.19661193324148185253742473358590902562226728542731';
const SIGMOID_MINUS_2 = '0.11920292202211755594027085869760320479361570137103';
const SLOPE_MINUS_2 = '0.10499358540350651734862418476042536122929668205769';
const THREE_SLOPES_MINUS_2 = '0.31498075621051955204587255428127608368789004617308';

describe('sigmoid', () => {
  it('gives σ(0) = 1/2 and its derivative 1/4 exactly', () => {
    const ar = exactArithmetic();
    const forward = layerFrom({ kind: 'sigmoid' }, ar).forward(values(ar, '0'));

    expect(pass(ar, forward, values(ar, '1'))).toEqual({
      output: ['1/2'],
      delta: ['1/4'],
      exact: { output: [true], delta: [true] },
    });
  });

  it('gives σ and σ(1 − σ) elsewhere to 40 digits, marked approximate', () => {
    const ar = exactArithmetic(40);
    const forward = layerFrom({ kind: 'sigmoid' }, ar).forward(values(ar, '1', '-2'));
    const result = pass(ar, forward, values(ar, '1', '3'));

    expectAllDigits(result.output, [SIGMOID_1, SIGMOID_MINUS_2], 38);
    expectAllDigits(result.delta, [SLOPE_1, THREE_SLOPES_MINUS_2], 38);
    expect(result.exact).toEqual({ output: [false, false], delta: [false, false] });
  });

  it('multiplies δ^(k+1) by the derivative at 45 digits in the decimal kind', () => {
    const ar = decimalArithmetic(45);
    const forward = layerFrom({ kind: 'sigmoid' }, ar).forward(values(ar, '-2'));

    expectAllDigits(pass(ar, forward, values(ar, '1')).delta, [SLOPE_MINUS_2], 43);
  });

  it('saturates without NaN in float64 far from 0', () => {
    const float = floatArithmetic();
    const forward = layerFrom({ kind: 'sigmoid' }, float).forward([800, -800]);

    expect(forward.output).toEqual([1, 0]);
    expect(forward.backward([1, 1]).delta).toEqual([0, 0]);
  });
});
