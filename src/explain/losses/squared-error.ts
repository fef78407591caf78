import type { LossExplainer } from '../derivation.js';
import { group, literal, op, output, symbol, values } from '../math.js';

/** Loss = Σ_i (X_i − y_i)², so δ^(n+1) = 2 (X^(n+1) − y) = 2 (o^n − y). */
export const squaredError: LossExplainer = {
  delta: ({ ar, n, output: o, expected, delta }) => ({
    lines: [
      {
        lhs: [symbol('δ', n + 1)],
        rhs: [literal('2'), op('·'), group([output(n), op('−'), symbol('y')])],
      },
      { rhs: [literal('2'), op('·'), group([values(ar, o), op('−'), values(ar, expected)])] },
      { rhs: [values(ar, delta)] },
    ],
  }),
};
