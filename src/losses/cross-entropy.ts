import { sum } from '../numbers/index.js';
import { DomainError, type LossKind, place } from './loss.js';

/**
 * A probability vector X (a softmax's output) against a target y that is one too: one-hot or
 * a distribution. Terms with y_i exactly 0 are left out. After a softmax, δ^n = X − y.
 */
export const crossEntropy: LossKind = {
  name: 'cross-entropy',
  summary: 'cross-entropy of a probability vector X; target one-hot or a distribution',
  formula: 'Loss = −Σ_i y_i ln X_i',
  deltaFormula: 'δ_i = −y_i / X_i',

  checkExpected(expected) {
    const i = expected.findIndex((y) => y.compare(0) < 0);
    if (i >= 0) return `${place('y', i, expected.length)} is negative`;
    const total = expected.reduce((a, y) => a.add(y));
    if (!total.equals(1)) return `sums to ${total.toFraction()}, not 1`;
    return undefined;
  },

  evaluate(ar, output, expected) {
    output.forEach((x, i) => {
      if (ar.sign(expected[i]) !== 0 && ar.sign(x) <= 0) {
        const [name, target] = [place('X', i, output.length), place('y', i, output.length)];
        throw new DomainError(
          `cross-entropy: ${name} = ${ar.format(x)} where ${target} ≠ 0; ` +
            `ln ${name} needs ${name} > 0`,
        );
      }
    });
    const used = output.flatMap((x, i) => (ar.sign(expected[i]) === 0 ? [] : [i]));

    return {
      loss: ar.neg(
        sum(
          ar,
          used.map((i) => ar.mul(expected[i], ar.log(output[i]))),
        ),
      ),
      delta: output.map((x, i) =>
        ar.sign(expected[i]) === 0 ? ar.zero : ar.neg(ar.div(expected[i], x)),
      ),
    };
  },
};
