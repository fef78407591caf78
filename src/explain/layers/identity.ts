import type { LayerExplainer } from '../derivation.js';
import { symbol, values } from '../math.js';

/** L(X) = X, so ∂L/∂X is the identity and δ^k = δ^(k+1). */
export const identity: LayerExplainer = {
  delta: ({ ar, k, layer }) => ({
    lines: [
      { lhs: [symbol('δ', k)], rhs: [symbol('δ', k + 1)] },
      { rhs: [values(ar, layer.delta)] },
    ],
  }),
};
