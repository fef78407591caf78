import type { LossExplainer } from '../derivation.js';
import { op, output, symbol, values } from '../math.js';

/** Loss = ½ Σ_i (X_i − y_i)², so δ^(n+1) = X^(n+1) − y = o^n − y. */
export const halfSquaredError: LossExplainer = {
  delta: ({ ar, n, output: o, expected, delta }) => ({
    lines: [
      { lhs: [symbol('δ', n + 1)], rhs: [output(n), op('−'), symbol('y')] },
      { rhs: [values(ar, o), op('−'), values(ar, expected)] },
      { rhs: [values(ar, delta)] },
    ],
  }),
};
