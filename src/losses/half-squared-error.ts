import { type LossKind, squaredDifferences } from './loss.js';

export const halfSquaredError: LossKind = {
  name: 'half-squared-error',
  summary: 'half the sum of squared differences',
  formula: 'Loss = ½ Σ_i (X_i − y_i)²',
  deltaFormula: 'δ_i = X_i − y_i',

  evaluate(ar, output, expected) {
    const { difference, total } = squaredDifferences(ar, output, expected);
    const half = ar.div(ar.one, ar.fromInteger(2));

    return { loss: ar.mul(half, total), delta: difference };
  },
};
