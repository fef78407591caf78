import * as z from 'zod';
import { reluAtZero } from '../network/literals.js';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({
  kind: z.literal('relu'),
  reluAtZero: reluAtZero.optional(),
});

/** The derivative at exactly 0 is `reluAtZero`: 1 by default (X ≥ 0), 0 to match PyTorch. */
export const relu: LayerKind<z.output<typeof schema>> = {
  kind: 'relu',
  summary: 'rectified linear unit; derivative at 0 set by reluAtZero (1 by default)',
  formula: 'o_i = X_i if X_i ≥ 0 else 0',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: (spec) => (spec.reluAtZero === 0 ? 'relu (0 at 0)' : 'relu'),

  build: (spec, ar) => ({
    forward(input) {
      const output = input.map((x) => (ar.sign(x) >= 0 ? x : ar.zero));
      const atZero = spec.reluAtZero === 0 ? ar.zero : ar.one;
      const slope = input.map((x) => (ar.sign(x) > 0 ? ar.one : ar.sign(x) < 0 ? ar.zero : atZero));
      const atKink = input.flatMap((x, i) => (ar.sign(x) === 0 ? [i] : []));

      return {
        output,
        atKink,
        // δ^k_i = δ^(k+1)_i · 1[X_i ≥ 0]
        backward: (outputDelta) => ({ delta: outputDelta.map((d, i) => ar.mul(d, slope[i])) }),
      };
    },
  }),
};
