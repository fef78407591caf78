/**
 * When a written answer matches a computed value.
 *   exact     an integer, a fraction or arithmetic: equal to the value exactly
 *   rounded   a decimal (a point or an exponent): equal to the value rounded to its last digit,
 *             that is |written − value| ≤ ½ · 10^(position of the last digit); a value exactly
 *             half-way matches both neighbours
 *   tolerance with --tolerance, any answer: |written − value| ≤ t, or ≤ t · |value| (relative)
 */
import { type Arithmetic, type Fraction, parseLiteral } from '../numbers/index.js';

export type Rule =
  | { kind: 'exact' }
  | { kind: 'rounded'; step: Fraction; stepText: string }
  | { kind: 'tolerance'; tolerance: Tolerance };

export interface Tolerance {
  relative: boolean;
  amount: Fraction;
  text: string;
}

const DECIMAL = /^[+-]?\s*(?:\d{1,3}(?: \d{3})+|\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** How an answer written as `text` is compared, when no tolerance is given. */
export function ruleOf(text: string): Rule {
  const match = DECIMAL.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return { kind: 'exact' };
  const position = Number(match[2] ?? '0') - (match[1]?.length ?? 0);
  const stepText = `1e${position}`;
  return { kind: 'rounded', step: parseLiteral(stepText), stepText };
}

export { MAX_PRECISION } from '../numbers/index.js';

/**
 * How many significant digits a decimal answer is written with, from its first nonzero digit
 * to its last: 3 for `0.000259`, 5 for `-3000.0`, 0 for `0.0`; 0 for any other answer.
 */
export function significantDigits(text: string): number {
  const match = DECIMAL.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return 0;
  const digits = text.replace(/[eE].*$/, '').replace(/[^\d]/g, '');
  return digits.replace(/^0+/, '').length;
}

/** `--tolerance`: `1e-6` or `abs:1e-6` absolute, `rel:1e-9` relative to the value. */
export function parseTolerance(text: string): Tolerance {
  const relative = /^\s*rel:/.test(text);
  const amountText = text.replace(/^\s*(rel|abs):/, '');
  const amount = parseLiteral(amountText);
  if (amount.s < 0n && amount.n !== 0n) throw new RangeError('is negative');
  return { relative, amount, text: text.trim() };
}

export function matches<N>(ar: Arithmetic<N>, value: N, written: Fraction, rule: Rule): boolean {
  const distance = abs(ar, ar.sub(ar.fromExact(written), value));
  switch (rule.kind) {
    case 'exact':
      return ar.sign(distance) === 0;
    case 'rounded':
      return ar.sign(ar.sub(ar.fromExact(rule.step), ar.add(distance, distance))) >= 0;
    case 'tolerance': {
      const amount = ar.fromExact(rule.tolerance.amount);
      const bound = rule.tolerance.relative ? ar.mul(amount, abs(ar, value)) : amount;
      return ar.sign(ar.sub(bound, distance)) >= 0;
    }
  }
}

function abs<N>(ar: Arithmetic<N>, value: N): N {
  return ar.sign(value) < 0 ? ar.neg(value) : value;
}
