import type { Fraction } from 'mathjs';
import { type Arithmetic, SHOWN_DIGITS } from './arithmetic.js';
import { decimalClass, fractionToDecimal } from './decimal.js';

const Decimal = decimalClass(40);

/** IEEE float64 with plain numbers, as PyTorch or NumPy compute. */
export function floatArithmetic(): Arithmetic<number> {
  return {
    kind: 'float',
    precision: 17,
    zero: 0,
    one: 1,
    fromExact: (value: Fraction) => fractionToDecimal(Decimal, value).toNumber(),
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
    isExact: () => false,
    format: (a) => String(a),
    approximate: (a, digits = SHOWN_DIGITS) => String(Number(a.toPrecision(digits))),
    toFloat: (a) => a,
  };
}
