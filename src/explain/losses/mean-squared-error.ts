import type { LossExplainer } from '../derivation.js';
import { fraction, group, literal, op, output, symbol, values } from '../math.js';

/** Loss = (1/m) Σ_i (X_i − y_i)² over the m outputs, so δ^(n+1) = (2/m) (o^n − y). */
export const meanSquaredError: LossExplainer = {
  delta: ({ ar, n, output: o, expected, delta }) => ({
    lines: [
      {
        lhs: [symbol('δ', n + 1)],
        rhs: [
          fraction([literal('2')], [symbol('m')]),
          op('·'),
          group([output(n), op('−'), symbol('y')]),
        ],
      },
      {
        rhs: [
          fraction([literal('2')], [literal(String(o.length))]),
          op('·'),
          group([values(ar, o), op('−'), values(ar, expected)]),
        ],
      },
      { rhs: [values(ar, delta)] },
    ],
    notes: [[[symbol('m'), op('='), literal(String(o.length))], ', the number of outputs.']],
  }),
};
