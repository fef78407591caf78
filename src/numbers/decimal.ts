import type { Decimal as DecimalJs } from 'decimal.js';
import * as mathjs from 'mathjs';
import type { Fraction } from 'mathjs';
import { type Arithmetic, SHOWN_DIGITS } from './arithmetic.js';

export type Decimal = DecimalJs;
export type DecimalClass = typeof DecimalJs;

// mathjs's BigNumber is its configured decimal.js class; its typings declare only the instance.
const BigNumber = (mathjs as unknown as { BigNumber: DecimalClass }).BigNumber;

/** A decimal class of its own precision, so that one run does not change another's. */
export function decimalClass(precision: number): DecimalClass {
  return BigNumber.clone({ precision });
}

export function fractionToDecimal(Decimal: DecimalClass, value: Fraction): Decimal {
  const magnitude = new Decimal(value.n.toString()).div(value.d.toString());
  return value.s < 0n ? magnitude.neg() : magnitude;
}

/**
 * ln(1 + a) to the class's precision. 1 + a needs as many more digits as a has leading zeros
 * to be exact, so it is formed in a wider class and the logarithm rounded back.
 */
export function log1pDecimal(Decimal: DecimalClass, a: Decimal): Decimal {
  if (a.lte(-1)) throw new RangeError(`logarithm of 1 + ${a.toString()}`);
  const guard = Math.max(0, -a.e) + 3;
  const Wide = Decimal.clone({ precision: Decimal.precision + guard });
  return new Decimal(new Wide(a).add(1).ln().toSignificantDigits(Decimal.precision));
}

/**
 * A decimal as JSON writes it, never in the form of an integer: an approximate 1 is written
 * with its digits (`1.000…`), so that a reader, or `check`, cannot take it for an exact 1.
 */
export function formatDecimal(value: Decimal, precision: number): string {
  const text = value.toSignificantDigits(precision).toString();
  return /^-?\d+$/.test(text) ? value.toPrecision(precision) : text;
}

export function approximateDecimal(value: Decimal, digits = SHOWN_DIGITS): string {
  return value.toSignificantDigits(digits).toString();
}

/** Every value a decimal of `precision` significant digits. */
export function decimalArithmetic(precision = 40): Arithmetic<Decimal> {
  const Decimal = decimalClass(precision);
  return {
    kind: 'decimal',
    precision,
    zero: new Decimal(0),
    one: new Decimal(1),
    fromExact: (value) => fractionToDecimal(Decimal, value),
    fromInteger: (value) => new Decimal(value),
    add: (a, b) => a.add(b),
    sub: (a, b) => a.sub(b),
    mul: (a, b) => a.mul(b),
    div: (a, b) => {
      if (b.isZero()) throw new RangeError('division by zero');
      return a.div(b);
    },
    neg: (a) => a.neg(),
    sign: (a) => (a.isZero() ? 0 : a.isNeg() ? -1 : 1),
    exp: (a) => a.exp(),
    log: (a) => {
      if (a.lte(0)) throw new RangeError(`logarithm of ${a.toString()}`);
      return a.ln();
    },
    log1p: (a) => log1pDecimal(Decimal, a),
    tanh: (a) => a.tanh(),
    isExact: () => false,
    format: (a) => formatDecimal(a, precision),
    approximate: (a, digits) => approximateDecimal(a, digits),
    toFloat: (a) => a.toNumber(),
  };
}
