import { describe, expect, it } from 'vitest';
import {
  matches,
  parseTolerance,
  type Rule,
  ruleOf,
  significantDigits,
} from '../../src/check/match.js';
import { exactArithmetic, parseLiteral } from '../../src/numbers/index.js';

const ar = exactArithmetic();
const check = (written: string, value: string, rule: Rule = ruleOf(written)) =>
  matches(ar, parseLiteral(value), parseLiteral(written), rule);

describe('an answer written exactly', () => {
  it.each(['-15/29', '-30/58', '-1 + 14/29', '(-15)/29'])('%j equals -15/29', (written) => {
    expect(ruleOf(written)).toEqual({ kind: 'exact' });
    expect(check(written, '-15/29')).toBe(true);
  });

  it('must equal the value exactly, not nearly', () => {
    expect(check('-15/29', '-15/29 + 1/10^30')).toBe(false);
    expect(check('2', '2000001/1000000')).toBe(false);
  });
});

describe('an answer written as a decimal', () => {
  it('matches the value rounded to the digits written', () => {
    expect(check('0.43', '43/100')).toBe(true);
    expect(check('-0.517', '-15/29')).toBe(true);
    expect(check('-0.5172', '-15/29')).toBe(true);
    expect(check('-0.52', '-15/29')).toBe(true);
  });

  it('does not match a value truncated or rounded the wrong way', () => {
    // -15/29 = -0.517241…
    expect(check('-0.51', '-15/29')).toBe(false);
    expect(check('-0.5173', '-15/29')).toBe(false);
    expect(check('0.517', '-15/29')).toBe(false);
  });

  it('takes the last digit of scientific notation as its precision', () => {
    expect(ruleOf('-1.1e-16')).toMatchObject({ kind: 'rounded', stepText: '1e-17' });
    expect(check('-1.1e-16', '-11102/10^20')).toBe(true);
    expect(check('-1.2e-16', '-11102/10^20')).toBe(false);
    expect(check('2.5e3', '2549')).toBe(true);
    expect(check('2.5e3', '2551')).toBe(false);
  });

  it('accepts both neighbours of a value exactly half-way', () => {
    expect(check('0.12', '1/8')).toBe(true);
    expect(check('0.13', '1/8')).toBe(true);
    expect(check('0.14', '1/8')).toBe(false);
  });

  it('reads a decimal point with trailing zeros as that many digits', () => {
    expect(check('-3000.0', '-3000')).toBe(true);
    expect(check('-3000.0', '-300004/100')).toBe(true);
    expect(check('-3000.0', '-300006/100')).toBe(false);
  });
});

describe('--tolerance', () => {
  const absolute = { kind: 'tolerance', tolerance: parseTolerance('1e-3') } as const;
  const relative = { kind: 'tolerance', tolerance: parseTolerance('rel:1e-2') } as const;

  it('accepts an answer within an absolute tolerance, the bound included', () => {
    expect(check('0.5', '1/2 + 1/1000', absolute)).toBe(true);
    expect(check('1/2', '1/2 - 1/1000', absolute)).toBe(true);
    expect(check('0.5', '1/2 + 1001/1000000', absolute)).toBe(false);
  });

  it('replaces the rounding rule: a decimal is no longer rounded', () => {
    // -0.52 matches -15/29 when rounded, but is 0.00276 away
    expect(check('-0.52', '-15/29', absolute)).toBe(false);
  });

  it('scales a relative tolerance by the value', () => {
    expect(check('2010', '2000', relative)).toBe(true);
    expect(check('2021', '2000', relative)).toBe(false);
    expect(check('0.0101', '1/100', relative)).toBe(true);
    expect(check('1/10^9', '0', relative)).toBe(false);
  });

  it('reads abs: as absolute, and rejects a negative tolerance', () => {
    expect(parseTolerance('abs:1/100')).toMatchObject({ relative: false, text: 'abs:1/100' });
    expect(parseTolerance('rel:1e-9')).toMatchObject({ relative: true });
    expect(() => parseTolerance('-1e-3')).toThrow('is negative');
  });
});

describe('the significant digits of an answer', () => {
  it.each([
    ['0.000259', 3],
    ['-3000.0', 5],
    ['0.0', 0],
    ['2.5e3', 2],
    ['-1.10e-16', 3],
    ['1 000.5', 5],
    ['-1/5800', 0],
    ['12', 0],
  ])('%j has %i', (written, count) => {
    expect(significantDigits(written)).toBe(count);
  });
});
