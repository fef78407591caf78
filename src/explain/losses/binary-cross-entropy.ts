import type { Arithmetic } from '../../numbers/index.js';
import type { LossContext, LossExplainer } from '../derivation.js';
import {
  type Expr,
  fraction,
  type Inline,
  literal,
  number,
  op,
  output,
  symbol,
  values,
  vector,
} from '../math.js';

/**
 * Loss = −(1/m) Σ_i [y_i ln X_i + (1 − y_i) ln(1 − X_i)], so
 * δ^(n+1)_i = ((1 − y_i)/(1 − X_i) − y_i/X_i) / m, X = o^n. A term whose weight y_i or 1 − y_i
 * is exactly 0 is left out, as the loss leaves it out.
 */
export const binaryCrossEntropy: LossExplainer = {
  delta<N>({ ar, n, output: o, expected, delta }: LossContext<N>) {
    const m = o.length;
    const at = (i: string) => (m === 1 ? undefined : i);
    const y = symbol('y', undefined, at('i'));
    const x = output(n, at('i'));
    const perOutput = (difference: Expr): Expr =>
      m === 1 ? difference : [fraction(difference, [symbol('m')])];
    const formula = [
      fraction([literal('1'), op('−'), y], [literal('1'), op('−'), x]),
      op('−'),
      fraction([y], [x]),
    ];
    const numbers = o.map((value, i) => {
      const terms = termsOf(ar, value, expected[i]);
      return m === 1 ? terms : [fraction(terms, [literal(String(m))])];
    });
    const notes = expected.flatMap((value, i) => leftOut(ar, value, at(String(i + 1))));

    return {
      lines: [
        { lhs: [symbol('δ', n + 1, at('i'))], rhs: perOutput(formula) },
        { ...(at('i') && { lhs: [symbol('δ', n + 1)] }), rhs: vector(numbers) },
        { rhs: [values(ar, delta)] },
      ],
      ...(m > 1 && {
        notes: [[[symbol('m'), op('='), literal(String(m))], ', the number of outputs.'], ...notes],
      }),
      ...(m === 1 && notes.length > 0 && { notes }),
    };
  },
};

/** (1 − y)/(1 − x) − y/x with the numbers put in, without a term whose weight is 0. */
function termsOf<N>(ar: Arithmetic<N>, x: N, y: N): Expr {
  const first =
    ar.sign(ar.sub(ar.one, y)) === 0
      ? []
      : [fraction([literal('1'), op('−'), number(ar, y)], [literal('1'), op('−'), number(ar, x)])];
  if (ar.sign(y) === 0) return first;
  return [...first, op(first.length ? '−' : 'neg'), fraction([number(ar, y)], [number(ar, x)])];
}

/** `y_1 = 1: the term weighted by 1 − y_1 = 0 is left out, as in the loss.` */
function leftOut<N>(ar: Arithmetic<N>, y: N, sub: string | undefined): Inline[] {
  const target = symbol('y', undefined, sub);
  const weight =
    ar.sign(y) === 0
      ? [target]
      : ar.sign(ar.sub(ar.one, y)) === 0
        ? [literal('1'), op('−'), target]
        : undefined;
  if (weight === undefined) return [];
  return [
    [
      [target, op('='), number(ar, y)],
      ': the term weighted by ',
      [...weight, op('='), literal('0')],
      ' is left out, as in the loss.',
    ],
  ];
}
