import type { Derivation, LayerExplainer } from '../derivation.js';
import { op, partial, symbol, tuple, values } from '../math.js';

/**
 * For a layer kind without an explainer of its own: the chain rule in general,
 * δ^k = δ^(k+1) · ∂L^k/∂X^k, then the values the backward pass gave.
 */
export const generic: LayerExplainer = {
  delta: ({ ar, k, layer, outputDelta }) => ({
    lines: [
      { lhs: [symbol('δ', k)], rhs: [symbol('δ', k + 1), op('·'), partial('L', k)] },
      { rhs: [values(ar, outputDelta), op('·'), partial('L', k)] },
      { rhs: [values(ar, layer.delta)] },
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
