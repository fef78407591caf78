import type { LossContext, LossExplainer } from '../derivation.js';
import {
  type Expr,
  fraction,
  literal,
  number,
  op,
  output,
  symbol,
  values,
  vector,
} from '../math.js';

/**
 * Loss = −Σ_i y_i ln X_i, so δ^(n+1)_i = −y_i / X_i = −y_i / o^n_i; a term with y_i exactly 0
 * is left out of the loss, and its δ is 0.
 */
export const crossEntropy: LossExplainer = {
  delta<N>({ ar, n, output: o, expected, delta }: LossContext<N>) {
    const at = (i: string) => (o.length === 1 ? undefined : i);
    const numbers = o.map((x, i): Expr =>
      ar.sign(expected[i]) === 0
        ? [literal('0')]
        : [op('neg'), fraction([number(ar, expected[i])], [number(ar, x)])],
    );
    const zeros = expected.filter((y) => ar.sign(y) === 0).length;

    return {
      lines: [
        {
          lhs: [symbol('δ', n + 1, at('i'))],
          rhs: [op('neg'), fraction([symbol('y', undefined, at('i'))], [output(n, at('i'))])],
        },
        { ...(at('i') && { lhs: [symbol('δ', n + 1)] }), rhs: vector(numbers) },
        { rhs: [values(ar, delta)] },
      ],
      ...(zeros > 0 && {
        notes: [
          [
            [symbol('δ', n + 1, at('i')), op('='), literal('0')],
            ' where ',
            [symbol('y', undefined, at('i')), op('='), literal('0')],
            ': that term is left out of the loss.',
          ],
        ],
      }),
    };
  },
};
