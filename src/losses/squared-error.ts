import { type LossKind, squaredDifferences } from './loss.js';

export const squaredError: LossKind = {
  name: 'squared-error',
  summary: 'the sum of squared differences, without the ½',
  formula: 'Loss = Σ_i (X_i − y_i)²',
  deltaFormula: 'δ_i = 2 (X_i − y_i)',

  evaluate(ar, output, expected) {
    const { difference, total } = squaredDifferences(ar, output, expected);
    const two = ar.fromInteger(2);

    return { loss: total, delta: difference.map((d) => ar.mul(two, d)) };
  },
};
