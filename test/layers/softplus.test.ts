import { describe, expect, it } from 'vitest';
import { exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { expectAllDigits, expectDigits, layerFrom, pass, values } from '../oracle.js';

// mpmath, 50 digits: log1p(exp(x)) and its derivative σ(x)
const LN_2 = '0.69314718055994530941723212145817656807550013436025';
const SOFTPLUS_3 = '3.0485873515737420587589259198546899979418816428281';
const SIGMOID_3 = '0.95257412682243321912115184822824779861382056757939';
const SOFTPLUS_MINUS_HALF = '0.47407698418010668087299735508117074975559619466786';
const SIGMOID_MINUS_HALF = '0.37754066879814543536109943425449152124672063469109';
const SOFTPLUS_MINUS_50 = '1.9287498479639177830171568127282115329546846903571e-22';
const SIGMOID_MINUS_50 = '1.9287498479639177830169708089294104911565367534008e-22';

describe('softplus', () => {
  it('gives ln 2 at 0, approximate, and the derivative 1/2 exactly', () => {
    const ar = exactArithmetic();
    const result = pass(ar, layerFrom({ kind: 'softplus' }, ar).forward(values(ar, '0')), [ar.one]);

    expectDigits(result.output[0], LN_2, 39);
    expect(result.delta).toEqual(['1/2']);
    expect(result.exact).toEqual({ output: [false], delta: [true] });
  });

  it('gives ln(1 + e^x) and σ(x) on both sides of 0 to 40 digits', () => {
    const ar = exactArithmetic(40);
    const forward = layerFrom({ kind: 'softplus' }, ar).forward(values(ar, '3', '-1/2', '-50'));
    const result = pass(ar, forward, values(ar, '1', '1', '1'));

    expectAllDigits(result.output, [SOFTPLUS_3, SOFTPLUS_MINUS_HALF, SOFTPLUS_MINUS_50], 38);
    expectAllDigits(result.delta, [SIGMOID_3, SIGMOID_MINUS_HALF, SIGMOID_MINUS_50], 38);
  });

  it('keeps its relative accuracy far below 0 in float64, where 1 + e^x rounds to 1', () => {
    const float = floatArithmetic();
    const forward = layerFrom({ kind: 'softplus' }, float).forward([-50]);

    expect(Math.abs(forward.output[0] / Number(SOFTPLUS_MINUS_50) - 1)).toBeLessThan(1e-15);
  });
});
