import type { Decimal as DecimalJs } from 'decimal.js';
import * as mathjs from 'mathjs';
import type { Fraction } from 'mathjs';
import { type Arithmetic, SHOWN_DIGITS, UnderflowError } from './arithmetic.js';

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
 * ln(1 + a) to the class's precision. Near 0 the series a − a²/2 + a³/3 − … needs few terms
 * (a tiny a, as e^(−10⁵), needs one); elsewhere 1 + a, which needs as many more digits as a
 * has leading zeros to be exact, is formed in a slightly wider class.
 */
export function log1pDecimal(Decimal: DecimalClass, a: Decimal): Decimal {
  if (a.lte(-1)) throw new RangeError(`logarithm of 1 + ${a.toString()}`);
  const Wide = Decimal.clone({ precision: Decimal.precision + 6 });
  const x = new Wide(a);
  if (a.isZero() || a.e >= -3) return new Decimal(x.add(1).ln());
  let total = x;
  let power = x.mul(x).neg();
  for (let n = 2; !power.isZero() && power.e > total.e - Wide.precision; n++) {
    total = total.add(power.div(n));
    power = power.mul(x).neg();
  }
  return new Decimal(total);
}

/**
 * e^a, which decimal.js rounds to 0 below about 1e-9e15 (and for every a ≤ −1e18): a value
 * below the range of decimals is reported rather than carried on as 0.
 */
export function expDecimal(a: Decimal): Decimal {
  const value = a.exp();
  if (value.isZero()) {
    throw new UnderflowError(
      `e^(${a.toString()}) is below the smallest decimal decimal.js can represent, whatever ` +
        `the --precision`,
    );
  }
  return value;
}

/** tanh a; for |a| ≥ 1 as (1 − e)/(1 + e), sign a, with e = e^(−2|a|) ≤ 1, never e^(2|a|). */
export function tanhDecimal(a: Decimal): Decimal {
  if (a.abs().lt(1)) return a.tanh();
  const decay = expDecimal(a.abs().mul(-2));
  const magnitude = decay.neg().add(1).div(decay.add(1));
  return a.isNeg() ? magnitude.neg() : magnitude;
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
    exp: expDecimal,
    log: (a) => {
      if (a.lte(0)) throw new RangeError(`logarithm of ${a.toString()}`);
      return a.ln();
    },
    log1p: (a) => log1pDecimal(Decimal, a),
    tanh: tanhDecimal,
    isExact: () => false,
    format: (a) => formatDecimal(a, precision),
    approximate: (a, digits) => approximateDecimal(a, digits),
    toFloat: (a) => a.toNumber(),
    digitsAtMost: () => 0,
  };
}
