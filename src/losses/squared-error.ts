import { sum } from '../numbers/index.js';
import type { LossKind } from './loss.js';

export const squaredError: LossKind = {
  name: 'squared-error',
  summary: 'the sum of squared differences, without the ½',
  formula: 'Loss = Σ_i (X_i − y_i)²',
  deltaFormula: 'δ_i = 2 (X_i − y_i)',

  evaluate(ar, output, expected) {
    const difference = output.map((x, i) => ar.sub(x, expected[i]));
    const two = ar.fromInteger(2);

    return {
      loss: sum(ar, difference.map((d) => ar.mul(d, d))),
      delta: difference.map((d) => ar.mul(two, d)),
    };
  },
};
