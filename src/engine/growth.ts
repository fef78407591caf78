/**
 * The bound on the growth of exact numbers. Each rational step multiplies denominators, so
 * that numerators and denominators can reach thousands of digits, and the cost of one operation
 * grows faster than its digits. Checking every result, rather than the weights after a step,
 * stops a run at the first operation beyond the bound, before the slow ones that would follow.
 */
import { DomainError } from '../losses/index.js';
import type { Arithmetic } from '../numbers/index.js';

/** The digits of the longer of numerator and denominator: 6 for `"-17/290000"`. */
export function digitsOf(text: string): number {
  return Math.max(
    ...text
      .replace(/^-/, '')
      .split('/')
      .map((part) => part.length),
  );
}

/** A result of more than the bound's digits; `where` is filled in by `locate`. */
export class TooManyDigits extends Error {
  constructor(
    readonly digits: number,
    readonly where?: string,
  ) {
    super(`${where ?? 'a value'} has ${digits} digits`);
    this.name = 'TooManyDigits';
  }
}

/** A run stopped by its bound: `when` is "epoch 3, step 10" or "before training". */
export class GrowthError extends Error {
  constructor(
    readonly when: string,
    readonly where: string,
    readonly digits: number,
    readonly limit: number,
  ) {
    super(`${when}: ${where} has ${digits} digits, beyond ${limit}`);
    this.name = 'GrowthError';
  }
}

/** `ar`, except that a result of more than `limit` digits throws `TooManyDigits`. */
export function boundedArithmetic<N>(ar: Arithmetic<N>, limit: number): Arithmetic<N> {
  const checked = (value: N): N => {
    // Writing a long fraction in decimal costs more than the operation: count only near the bound.
    if (ar.digitsAtMost(value) <= limit) return value;
    const digits = digitsOf(ar.format(value));
    if (digits > limit) throw new TooManyDigits(digits);
    return value;
  };
  return {
    ...ar,
    add: (a, b) => checked(ar.add(a, b)),
    sub: (a, b) => checked(ar.sub(a, b)),
    mul: (a, b) => checked(ar.mul(a, b)),
    div: (a, b) => checked(ar.div(a, b)),
  };
}

/** Runs `compute`, naming `where` in a `TooManyDigits` or `DomainError` that it throws. */
export function locate<T>(where: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TooManyDigits && error.where === undefined) {
      throw new TooManyDigits(error.digits, where);
    }
    if (error instanceof DomainError) throw new DomainError(`${where}: ${error.message}`);
    throw error;
  }
}
