import { type Arithmetic, Fraction, sum } from '../numbers/index.js';
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
          used.map((i) => ar.mul(expected[i], logOf(ar, output, i))),
        ),
      ),
      delta: output.map((x, i) =>
        ar.sign(expected[i]) === 0 ? ar.zero : ar.neg(ar.div(expected[i], x)),
      ),
    };
  },
};

/**
 * ln X_i. Where X sums to 1 (a softmax's output) and X_i > 1/2, 1 − X_i is the sum of the
 * other X_j, each accurate to its own digits, and ln X_i = ln(1 − Σ_(j≠i) X_j) keeps the digits
 * of a loss near 0 that X_i, rounded near 1, has lost.
 */
function logOf<N>(ar: Arithmetic<N>, output: readonly N[], i: number): N {
  const half = ar.fromExact(new Fraction(1n, 2n));
  const excess = ar.sub(sum(ar, output), ar.one);
  const bound = ar.fromExact(new Fraction(1n, 10n ** BigInt(ar.precision)));
  const sumsToOne = ar.sign(ar.sub(bound, excess)) >= 0 && ar.sign(ar.add(bound, excess)) >= 0;
  if (!sumsToOne || ar.sign(ar.sub(output[i], half)) <= 0) return ar.log(output[i]);
  const rest = sum(
    ar,
    output.filter((_x, j) => j !== i),
  );
  return ar.log1p(ar.neg(rest));
}
