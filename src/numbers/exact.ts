import { Fraction } from 'mathjs';
import { type Arithmetic, formatFraction, SHOWN_DIGITS } from './arithmetic.js';
import {
  approximateDecimal,
  formatDecimal,
  type Decimal,
  decimalClass,
  expDecimal,
  fractionToDecimal,
  log1pDecimal,
  tanhDecimal,
} from './decimal.js';

/**
 * A value of the exact kind: a reduced fraction while every step that led to it was rational,
 * a decimal of the run's precision from the first irrational step on (e^x, log x).
 */
export type ExactValue = Fraction | Decimal;

const GUARD_DIGITS = 70;

/** Rational values exact; an irrational value, and all that depends on it, approximate. */
export function exactArithmetic(precision = 40): Arithmetic<ExactValue> {
  // Approximate values are carried with guard digits and shown rounded to `precision`, so that
  // the rounding of the steps between e^x and the output does not reach the digits shown.
  const Decimal = decimalClass(precision + GUARD_DIGITS);
  const toDecimal = (a: ExactValue): Decimal =>
    a instanceof Fraction ? fractionToDecimal(Decimal, a) : a;
  const both = (
    a: ExactValue,
    b: ExactValue,
    exact: (a: Fraction, b: Fraction) => Fraction,
    approx: (a: Decimal, b: Decimal) => Decimal,
  ): ExactValue =>
    a instanceof Fraction && b instanceof Fraction
      ? exact(a, b)
      : approx(toDecimal(a), toDecimal(b));
  const isZero = (a: ExactValue) => (a instanceof Fraction ? a.n === 0n : a.isZero());
  const isExactZero = (a: ExactValue) => a instanceof Fraction && a.n === 0n;

  return {
    kind: 'exact',
    precision,
    zero: new Fraction(0n),
    one: new Fraction(1n),
    fromExact: (value) => value,
    fromInteger: (value) => new Fraction(BigInt(value)),
    add: (a, b) =>
      both(
        a,
        b,
        (x, y) => x.add(y),
        (x, y) => x.add(y),
      ),
    sub: (a, b) =>
      both(
        a,
        b,
        (x, y) => x.sub(y),
        (x, y) => x.sub(y),
      ),
    // 0 · a = 0 exactly, whatever a is: a zero derivative keeps an approximate δ from spreading.
    mul: (a, b) =>
      isExactZero(a) || isExactZero(b)
        ? new Fraction(0n)
        : both(
            a,
            b,
            (x, y) => x.mul(y),
            (x, y) => x.mul(y),
          ),
    div: (a, b) => {
      if (isZero(b)) throw new RangeError('division by zero');
      return both(
        a,
        b,
        (x, y) => x.div(y),
        (x, y) => x.div(y),
      );
    },
    neg: (a) => (a instanceof Fraction ? a.neg() : a.neg()),
    sign: (a) => {
      if (a instanceof Fraction) return a.n === 0n ? 0 : a.s < 0n ? -1 : 1;
      return a.isZero() ? 0 : a.isNeg() ? -1 : 1;
    },
    exp: (a) => (isExactZero(a) ? new Fraction(1n) : expDecimal(toDecimal(a))),
    log: (a) => {
      if (a instanceof Fraction && a.n === 1n && a.d === 1n && a.s > 0n) return new Fraction(0n);
      const value = toDecimal(a);
      if (value.lte(0)) throw new RangeError(`logarithm of ${value.toString()}`);
      return value.ln();
    },
    log1p: (a) => (isExactZero(a) ? new Fraction(0n) : log1pDecimal(Decimal, toDecimal(a))),
    // mathjs's tanh refuses a Fraction; the value goes through a decimal deliberately.
    tanh: (a) => (isExactZero(a) ? new Fraction(0n) : tanhDecimal(toDecimal(a))),
    isExact: (a) => a instanceof Fraction,
    format: (a) => (a instanceof Fraction ? formatFraction(a) : formatDecimal(a, precision)),
    approximate: (a, digits = SHOWN_DIGITS) => approximateDecimal(toDecimal(a), digits),
    toFloat: (a) => toDecimal(a).toNumber(),
    // A number of h hexadecimal digits is below 16^h, so it has at most ⌈h · log10 16⌉ digits.
    digitsAtMost: (a) =>
      a instanceof Fraction
        ? Math.ceil(Math.max(a.n.toString(16).length, a.d.toString(16).length) * Math.log10(16))
        : 0,
  };
}
