/**
 * One interface for the three kinds of number. The engine, the layers and the losses compute
 * with `Arithmetic<N>` only; which `N` (exact fraction, decimal, float64) is the backend's
 * business. Only the files of this folder import mathjs's numeric types.
 */
import { Fraction } from 'mathjs';

export type NumberKind = 'exact' | 'decimal' | 'float';

export const NUMBER_KINDS: readonly NumberKind[] = ['exact', 'decimal', 'float'];

/**
 * The most significant digits of approximate values: decimal.js knows ln 10 to 1 025 digits,
 * and the exact kind carries 70 guard digits past the precision.
 */
export const MAX_PRECISION = 900;

/** Significant digits of the decimal approximation shown beside a value. */
export const SHOWN_DIGITS = 4;

export interface Arithmetic<N> {
  readonly kind: NumberKind;
  /** Significant digits of approximate values (exact and decimal kinds). */
  readonly precision: number;
  readonly zero: N;
  readonly one: N;

  fromExact(value: Fraction): N;
  fromInteger(value: number): N;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  /** Throws `RangeError` on a division by zero. */
  div(a: N, b: N): N;
  neg(a: N): N;
  /** The sign of `a`: -1, 0 or 1; exactly 0 only when `a` is exactly zero. */
  sign(a: N): -1 | 0 | 1;
  /** e^a; approximate unless a is exactly 0. */
  exp(a: N): N;
  /** The natural logarithm; approximate unless a is exactly 1. Throws `RangeError` for a ≤ 0. */
  log(a: N): N;
  /** ln(1 + a), accurate also for a near 0; exact only for a = 0. `RangeError` for a ≤ -1. */
  log1p(a: N): N;
  /** The hyperbolic tangent; approximate unless a is exactly 0. */
  tanh(a: N): N;

  /** Whether `a` is an exact rational (always false for decimal and float). */
  isExact(a: N): boolean;
  /** The value as written in JSON output: `"-15/29"`, `"0"`, or a decimal. */
  format(a: N): string;
  /** A short decimal approximation for reading: `"-0.5172"`. */
  approximate(a: N, digits?: number): string;
  /** The value as a float64, for comparisons with other kinds. */
  toFloat(a: N): number;
  /**
   * At least the digits of the longer of numerator and denominator of an exact value, found
   * without writing it in decimal; 0 for an approximate value, whose size the precision fixes.
   */
  digitsAtMost(a: N): number;
}

/**
 * A value outside what can be computed, or outside a loss's domain (a probability that is
 * not one, the logarithm of 0). The message names the value; the caller adds the place.
 */
export class DomainError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A value below the range of decimals (e^(−10¹⁰⁰⁰⁰)), that would otherwise be carried as 0. */
export class UnderflowError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'UnderflowError';
  }
}

/** `"-1/200"`, or `"7"` for an integer. */
export function formatFraction(value: Fraction): string {
  const sign = value.s < 0n && value.n !== 0n ? '-' : '';
  return value.d === 1n ? `${sign}${value.n}` : `${sign}${value.n}/${value.d}`;
}

/**
 * A number of the network file or of any backend, for a label: a fraction as `"1/100"`, a
 * decimal or a float64 as its shortest text.
 */
export function describeNumber(value: unknown): string {
  return value instanceof Fraction ? formatFraction(value) : String(value);
}

export function sum<N>(ar: Arithmetic<N>, values: readonly N[]): N {
  return values.reduce((total, value) => ar.add(total, value), ar.zero);
}

export function dot<N>(ar: Arithmetic<N>, a: readonly N[], b: readonly N[]): N {
  return a.reduce((total, value, i) => ar.add(total, ar.mul(value, b[i])), ar.zero);
}
