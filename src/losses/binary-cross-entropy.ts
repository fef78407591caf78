import { type Arithmetic, sum } from '../numbers/index.js';
import { DomainError, type LossKind, place } from './loss.js';

/**
 * The mean over the m outputs, as PyTorch's BCELoss. A term whose weight y_i or 1 − y_i is
 * exactly 0 is left out, so that X_i = y_i ∈ {0, 1} costs nothing instead of 0 · ln 0.
 */
export const binaryCrossEntropy: LossKind = {
  name: 'binary-cross-entropy',
  summary: 'mean over the m outputs of the cross-entropy of each probability X_i',
  formula: 'Loss = −(1/m) Σ_i [y_i ln X_i + (1 − y_i) ln(1 − X_i)]',
  deltaFormula: 'δ_i = ((1 − y_i) / (1 − X_i) − y_i / X_i) / m',

  checkExpected(expected) {
    const i = expected.findIndex((y) => y.compare(0) < 0 || y.compare(1) > 0);
    if (i < 0) return undefined;
    return `${place('y', i, expected.length)} = ${expected[i].toFraction()} is not a probability`;
  },

  evaluate(ar, output, expected) {
    const m = ar.fromInteger(output.length);
    const terms = output.map((x, i) => term(ar, x, expected[i], place('X', i, output.length)));

    return {
      loss: ar.neg(
        ar.div(
          sum(
            ar,
            terms.map((t) => t.loss),
          ),
          m,
        ),
      ),
      delta: terms.map((t) => ar.div(t.slope, m)),
    };
  },
};

/** y ln x + (1 − y) ln(1 − x) and its derivative in x, (1 − y)/(1 − x) − y/x, negated. */
function term<N>(ar: Arithmetic<N>, x: N, y: N, name: string): { loss: N; slope: N } {
  const notX = ar.sub(ar.one, x);
  const notY = ar.sub(ar.one, y);
  if (ar.sign(x) < 0 || ar.sign(notX) < 0) {
    throw new DomainError(`binary-cross-entropy: ${name} = ${ar.format(x)} is not a probability`);
  }
  const parts = [
    { weight: y, value: x, sign: ar.neg(ar.one) },
    { weight: notY, value: notX, sign: ar.one },
  ].filter((part) => ar.sign(part.weight) !== 0);
  for (const part of parts) {
    if (ar.sign(part.value) === 0) {
      throw new DomainError(`binary-cross-entropy: ${name} = ${ar.format(x)} makes a term ln 0`);
    }
  }

  return {
    loss: sum(
      ar,
      parts.map((part) => ar.mul(part.weight, ar.log(part.value))),
    ),
    slope: sum(
      ar,
      parts.map((part) => ar.mul(part.sign, ar.div(part.weight, part.value))),
    ),
  };
}
