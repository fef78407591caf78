import { describe, expect, it } from 'vitest';
import {
  decimalArithmetic,
  exactArithmetic,
  floatArithmetic,
  parseLiteral,
} from '../../src/numbers/index.js';
import { expectDigits } from '../oracle.js';

const exact = exactArithmetic(40);
const fraction = (text: string) => exact.fromExact(parseLiteral(text));

describe('exact arithmetic', () => {
  it('takes e^x, tanh, ln and ln(1 + x) of a fraction as a decimal, marked approximate', () => {
    const half = fraction('1/2');
    const results = [exact.exp(half), exact.tanh(half), exact.log(half), exact.log1p(half)];

    expect(results.map(exact.isExact)).toEqual([false, false, false, false]);
    // mpmath, 50 digits: e^(1/2), tanh(1/2), ln(1/2), ln(3/2)
    const expected = [
      '1.6487212707001281468486507878141635716537761007101',
      '0.46211715726000975850231848364367254873028928033011',
      '-0.69314718055994530941723212145817656807550013436025',
      '0.40546510810816438197801311546434913657199042346249',
    ];
    results.forEach((value, i) => expectDigits(exact.format(value), expected[i], 39));
  });

  it('keeps the rational cases exact: e^0 = 1, tanh 0 = 0, ln 1 = 0, ln(1 + 0) = 0', () => {
    const zero = fraction('0');
    const results = [exact.exp(zero), exact.tanh(zero), exact.log(exact.one), exact.log1p(zero)];

    expect(results.map(exact.format)).toEqual(['1', '0', '0', '0']);
    expect(results.map(exact.isExact)).toEqual([true, true, true, true]);
  });

  it('does not take an approximate 0 for an exact one', () => {
    const approximateZero = exact.sub(exact.exp(exact.one), exact.exp(exact.one));

    expect(exact.isExact(exact.exp(approximateZero))).toBe(false);
  });

  it('gives an exact 0 for 0 times an approximate value', () => {
    const product = exact.mul(fraction('0'), exact.exp(exact.one));

    expect({ value: exact.format(product), exact: exact.isExact(product) }).toEqual({
      value: '0',
      exact: true,
    });
  });

  it('rejects the logarithm of a value ≤ 0 and ln(1 + x) for x ≤ −1', () => {
    expect(() => exact.log(fraction('0'))).toThrow(RangeError);
    expect(() => decimalArithmetic().log(decimalArithmetic().zero)).toThrow(RangeError);
    expect(() => exact.log1p(fraction('-1'))).toThrow(RangeError);
  });
});

describe('decimal arithmetic', () => {
  it('keeps every digit of ln(1 + x) for a tiny x, where 1 + x would round to 1', () => {
    const ar = decimalArithmetic(40);
    const tiny = ar.fromExact(parseLiteral('1e-30'));

    // ln(1 + x) = x − x²/2 + …: 1e-30 − 5e-61
    expect(ar.format(ar.log1p(tiny))).toBe('9.999999999999999999999999999995e-31');
  });
});

describe('float arithmetic', () => {
  const float = floatArithmetic();

  // The expected values are mpmath's float(mpf(n) / d).
  it('converts a fraction to the nearest float64', () => {
    const texts = ['1/3', '-0.1', '12345678901234567890123/10', '1/12345678901234567890'];

    expect(texts.map((text) => float.fromExact(parseLiteral(text)))).toEqual([
      1 / 3,
      -0.1,
      1.2345678901234568e21,
      8.100000072900001e-20,
    ]);
  });
});
