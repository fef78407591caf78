import type { Arithmetic, NumberKind } from './arithmetic.js';
import { decimalArithmetic } from './decimal.js';
import { exactArithmetic } from './exact.js';
import { floatArithmetic } from './float.js';

export * from './arithmetic.js';
export { type ExactValue, exactArithmetic } from './exact.js';
export { decimalArithmetic } from './decimal.js';
export { floatArithmetic } from './float.js';
export { LiteralError, parseLiteral } from './literal.js';
export { Fraction } from 'mathjs';

/** The backend of a kind; `precision` is in significant digits (exact and decimal kinds). */
export function arithmeticOf(kind: NumberKind, precision = 40): Arithmetic<unknown> {
  switch (kind) {
    case 'exact':
      return exactArithmetic(precision) as Arithmetic<unknown>;
    case 'decimal':
      return decimalArithmetic(precision) as Arithmetic<unknown>;
    case 'float':
      return floatArithmetic() as Arithmetic<unknown>;
  }
}
export { type WithNumbers, withNumbers } from './convert.js';
