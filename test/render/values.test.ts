import { describe, expect, it } from 'vitest';
import { stringify } from '../../src/render/json.js';
import { showMatrix, showValue, showVector } from '../../src/render/values.js';
import {
  decimalArithmetic,
  exactArithmetic,
  type ExactValue,
  floatArithmetic,
  parseLiteral,
} from '../../src/numbers/index.js';

const exact = exactArithmetic();
const values = (...texts: string[]) => texts.map((text) => parseLiteral(text) as ExactValue);

describe('values in tables', () => {
  it('shows an integer alone and a fraction with its decimal beside it', () => {
    expect(showValue(exact, parseLiteral('-7'))).toBe('-7');
    expect(showValue(exact, parseLiteral('-15/29'))).toBe('-15/29 ≈ -0.5172');
  });

  it('marks an approximate value of an exact run with ≈ alone', () => {
    expect(showValue(exact, exact.exp(exact.one))).toBe('≈ 2.718');
  });

  it('shows a vector as a tuple, decimals on the next line only when they help', () => {
    expect(showVector(exact, values('0', '-2000', '3'))).toBe('(0, -2000, 3)');
    expect(showVector(exact, values('-1/200', '3/11600'))).toBe(
      '(-1/200, 3/11600)\n≈ (-0.005, 0.0002586)',
    );
  });

  it('shows a matrix as one tuple per row', () => {
    expect(showMatrix(exact, [values('1', '2'), values('3', '4')])).toBe('(1, 2)\n(3, 4)');
  });

  it('shows decimal and float runs without ≈, since every value there is approximate', () => {
    const decimal = decimalArithmetic(40);
    expect(showValue(decimal, decimal.fromExact(parseLiteral('2/3')))).toBe('0.6667');
    const float = floatArithmetic();
    expect(showVector(float, [-3.469446951953614e-17, 0.5])).toBe('(-3.469e-17, 0.5)');
  });
});

describe('JSON text', () => {
  it('keeps vectors on one line and nests objects by two spaces', () => {
    expect(stringify({ a: ['1', '-1/2'], b: { c: [['0']] }, d: {} })).toBe(
      '{\n  "a": ["1", "-1/2"],\n  "b": {\n    "c": [\n      ["0"]\n    ]\n  },\n  "d": {}\n}',
    );
  });

  it('escapes what JSON must escape', () => {
    expect(JSON.parse(stringify({ name: 'a "quoted"\nname' }))).toEqual({
      name: 'a "quoted"\nname',
    });
  });
});

describe('approximate values in JSON', () => {
  it('never look like an integer, so that no one takes them for exact', () => {
    const value = exact.sub(exact.one, exact.exp(exact.fromInteger(-100))); // 1 − 3.7e-44
    expect(exact.format(value)).toBe(`1.${'0'.repeat(39)}`);
    const decimal = decimalArithmetic(3);
    expect(decimal.format(decimal.fromExact(parseLiteral('-0.99999')))).toBe('-1.00');
  });
});
