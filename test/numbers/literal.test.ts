import { describe, expect, it } from 'vitest';
import { formatFraction, parseLiteral } from '../../src/numbers/index.js';
import { quote } from '../../src/numbers/quote.js';

const exact = (text: string) => formatFraction(parseLiteral(text));

describe('number literals', () => {
  it.each([
    ['0', '0'],
    ['-7', '-7'],
    ['0.1', '1/10'],
    ['-0.0002', '-1/5000'],
    ['1e-7', '1/10000000'],
    ['2.5E+3', '2500'],
    ['1/200', '1/200'],
    ['-3000/11600000', '-3/11600'],
    ['-3000/11 600 000', '-3/11600'],
    ['11 600 000', '11600000'],
    ['0.0002 - 3000/11600000', '-17/290000'],
    ['(1 + 2) * 3', '9'],
    ['1 + 2 * 3', '7'],
    ['2^10', '1024'],
    ['2^-3', '1/8'],
    ['-2^2', '-4'],
    ['2^3^2', '512'],
    ['--1', '1'],

    ['1/3 + 1/6', '1/2'],
    ['-3/6', '-1/2'],
    [' 5 ', '5'],
    ['-0', '0'],
    ['007', '7'],
    ['0.50', '1/2'],
    ['.5', '1/2'],
    ['5.', '5'],
    ['-.25e1', '-5/2'],
  ])('reads %j as %s exactly', (text, expected) => {
    expect(exact(text)).toBe(expected);
  });

  it('keeps decimals exact where float64 does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exact('0.1 + 0.2')).toBe('3/10');
  });

  it.each([
    ['3/0', 'divides by zero'],
    ['1e', '"1e" is not a number; numbers are decimal, as 12, 0.5, 1e-7'],
    ['0x10', '"0x10" is not a number; numbers are decimal, as 12, 0.5, 1e-7'],
    ['2pi', '"2pi" is not a number; numbers are decimal, as 12, 0.5, 1e-7'],
    ['-3/00', 'divides by zero'],
    ['1/(2 - 2)', 'divides by zero'],
    ['0^-1', 'divides by zero'],
    ['exp(1)', '"exp" calls a function; only numbers, + - * / ^ and parentheses are allowed'],
    ['x + 1', '"x" names a variable; only numbers, + - * / ^ and parentheses are allowed'],
    ['constructor.constructor("return 1")()', '"constructor.constructor" calls a function'],
    ['process', '"process" names a variable'],
    ['1; 2', '";" at 2 is not allowed'],
    ['1 2', 'expected an operator, found a number at 3'],
    ['1 23', 'expected an operator, found a number at 3'],
    ['(1', 'expected ")", found the end'],
    ['1 +', 'expected a number, found the end'],
    ['', 'expected a number, found the end'],
    ['2^(1/2)', 'an exponent must be an integer'],
    ['1e99999', 'exponent 99999 is beyond ±10000'],
    ['10^10000^10000', 'computes a value of more than 30000 digits'],
    ['1.55e-99999', 'exponent -99999 is beyond ±10000'],
  ])('rejects %j: %s', (text, message) => {
    expect(() => parseLiteral(text)).toThrow(message);
  });

  describe('long literals', () => {
    const sum = Array.from({ length: 30 }, (_, i) => `1/(1e10000 + ${2 * i + 1})`).join(' + ');

    it.each([
      ['100 001 minus signs', `${'-'.repeat(100_001)}1`, '-1'],
      ['an exponent near the bound', '1.5e-9999', `3/2${'0'.repeat(9_999)}`],
      ['a product of 20 001 digits', '1e10000 * 1e10000', `1${'0'.repeat(20_000)}`],
    ])('reads %s', (_what, text, expected) => {
      expect(exact(text)).toBe(expected);
    });

    it.each([
      ['30 001 digits', `0.${'1'.repeat(30_001)}`, 'has more than 30000 digits'],
      ['400 factors of 1e10000', Array(400).fill('1e10000').join(' * '), MORE_DIGITS],
      ['a sum of 30 fractions of 10 001 digits', sum, MORE_DIGITS],
      ['3000 parentheses', `${'('.repeat(3000)}1${')'.repeat(3000)}`, 'nested more than 100 deep'],
      ['3000 exponents', Array(3000).fill('1').join('^'), 'nested more than 100 deep'],
    ])('rejects %s early', (_what, text, message) => {
      expect(() => parseLiteral(text)).toThrow(message);
    });
  });
});

const MORE_DIGITS = 'computes a value of more than 30000 digits';

describe('quoting what the user wrote', () => {
  it('escapes what a terminal would take for a control or a line break', () => {
    expect(quote('a\u2028b\u0085c\u001b[31m')).toBe('"a\\u2028b\\u0085c\\u001b[31m"');
  });

  it('cuts long text short', () => {
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(39)}…"`);
  });
});
