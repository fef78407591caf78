import * as z from 'zod';
import { sum } from '../numbers/index.js';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({ kind: z.literal('softmax') });

/** The whole vector at once: every o_i depends on every X_j. */
export const softmax: LayerKind<z.output<typeof schema>> = {
  kind: 'softmax',
  summary: 'normalised exponentials over the whole vector: a probability vector',
  formula: 'o_i = e^X_i / Σ_j e^X_j',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: () => 'softmax',

  build: (_spec, ar) => ({
    forward(input) {
      // e^(X_i − m) / Σ_j e^(X_j − m) with m = max X is the same value; no e^X overflows.
      const top = input.reduce((m, x) => (ar.sign(ar.sub(x, m)) > 0 ? x : m));
      const powers = input.map((x) => ar.exp(ar.sub(x, top)));
      const total = sum(ar, powers);
      const output = powers.map((power) => ar.div(power, total));

      return {
        output,
        // δ^k = J^T δ^(k+1), J_ij = ∂o_i/∂X_j = o_i (1[i = j] − o_j), a symmetric matrix:
        // δ^k_j = o_j (δ^(k+1)_j − Σ_i o_i δ^(k+1)_i) = o_j Σ_(i≠j) o_i (δ^(k+1)_j − δ^(k+1)_i),
        // as Σ_i o_i = 1; the second form does not cancel when o_j is near 1.
        backward: (outputDelta) => ({
          delta: output.map((o, j) =>
            ar.mul(
              o,
              sum(
                ar,
                output.map((other, i) =>
                  i === j ? ar.zero : ar.mul(other, ar.sub(outputDelta[j], outputDelta[i])),
                ),
              ),
            ),
          ),
        }),
      };
    },
  }),
};
