import { type LossKind, squaredDifferences } from './loss.js';

/** The mean over the m outputs of one sample, as PyTorch's MSELoss with reduction 'mean'. */
export const meanSquaredError: LossKind = {
  name: 'mean-squared-error',
  summary: 'the mean over the m outputs of the squared differences',
  formula: 'Loss = (1/m) Σ_i (X_i − y_i)²',
  deltaFormula: 'δ_i = 2 (X_i − y_i) / m',

  evaluate(ar, output, expected) {
    const { difference, total } = squaredDifferences(ar, output, expected);
    const m = ar.fromInteger(output.length);
    const twoOverM = ar.div(ar.fromInteger(2), m);

    return { loss: ar.div(total, m), delta: difference.map((d) => ar.mul(twoOverM, d)) };
  },
};
