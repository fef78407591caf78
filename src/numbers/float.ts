import type { Fraction } from 'mathjs';
import { type Arithmetic, SHOWN_DIGITS } from './arithmetic.js';
import { decimalClass, fractionToDecimal } from './decimal.js';

const Decimal = decimalClass(40);

/**
 * The float64 nearest a fraction. When numerator and denominator are both exact as float64,
 * one IEEE division rounds correctly; otherwise a 40-digit decimal goes between.
 */
function toFloat(value: Fraction): number {
  const n = Number(value.n);
  const d = Number(value.d);
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return value.s < 0n ? -n / d : n / d;
  return fractionToDecimal(Decimal, value).toNumber();
}

/** IEEE float64 with plain numbers, as PyTorch or NumPy compute. */
export function floatArithmetic(): Arithmetic<number> {
  return {
    kind: 'float',
    precision: 17,
    zero: 0,
    one: 1,
    fromExact: toFloat,
    fromInteger: (value) => value,
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    div: (a, b) => {
      if (b === 0) throw new RangeError('division by zero');
      return a / b;
    },
    neg: (a) => -a,
    sign: (a) => (a === 0 ? 0 : a < 0 ? -1 : 1),
    exp: Math.exp,
    log: (a) => {
      if (!(a > 0)) throw new RangeError(`logarithm of ${a}`);
      return Math.log(a);
    },
    log1p: (a) => {
      if (!(a > -1)) throw new RangeError(`logarithm of 1 + ${a}`);
      return Math.log1p(a);
    },
    tanh: Math.tanh,
    isExact: () => false,
    format: (a) => String(a),
    approximate: (a, digits = SHOWN_DIGITS) => String(Number(a.toPrecision(digits))),
    toFloat: (a) => a,
    digitsAtMost: () => 0,
  };
}
