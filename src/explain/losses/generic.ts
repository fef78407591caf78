import type { LossExplainer } from '../derivation.js';
import { partial, symbol, values } from '../math.js';

/**
 * For a loss without an explainer of its own: δ^(n+1) = ∂Loss/∂X^(n+1), and its value; the
 * derivative has no numbers to put in.
 */
export const generic: LossExplainer = {
  delta: ({ ar, n, delta }) => ({
    lines: [
      { lhs: [symbol('δ', n + 1)], rhs: [partial('Loss', n + 1)] },
      { rhs: [values(ar, delta)] },
    ],
  }),
};
