import type { Derivation, LayerExplainer } from '../derivation.js';
import { equals, op, partial, symbol, tuple, values } from '../math.js';

/**
 * For a layer kind without an explainer of its own: the chain rule in general,
 * δ^k = δ^(k+1) · ∂L^k/∂X^k, then the value the backward pass gave. The derivative has no
 * numbers to put in, so δ^(k+1) is given in a note instead.
 */
export const generic: LayerExplainer = {
  delta: ({ ar, k, spec, layer, outputDelta }) => ({
    lines: [
      { lhs: [symbol('δ', k)], rhs: [symbol('δ', k + 1), op('·'), partial('L', k)] },
      { rhs: [values(ar, layer.delta)] },
    ],
    notes: [
      [
        [symbol('δ', k + 1), equals([values(ar, outputDelta)]), values(ar, outputDelta)],
        `; the derivative of ${spec.kind} is not written out, so `,
        [symbol('δ', k)],
        ' is the value the backward pass computed.',
      ],
    ],
  }),

  gradients({ ar, k, layer }) {
    const gradients: Derivation[] = [];
    if (layer.weightGrad) {
      const rows = layer.weightGrad.map((row) => [values(ar, row)]);
      gradients.push({ lines: [{ lhs: [symbol('δw', k)], rhs: [tuple(rows)] }] });
    }
    if (layer.biasGrad) {
      gradients.push({ lines: [{ lhs: [symbol('δb', k)], rhs: [values(ar, layer.biasGrad)] }] });
    }
    return gradients;
  },
};
