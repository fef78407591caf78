import * as z from 'zod';
import { exactNumber, reluAtZero } from '../network/literals.js';
import { describeNumber, Fraction } from '../numbers/index.js';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({
  kind: z.literal('leaky-relu'),
  /** a in o = a · X for X < 0; 1/100 when absent, as in PyTorch. */
  slope: exactNumber.optional(),
  reluAtZero: reluAtZero.optional(),
});

export const DEFAULT_SLOPE = new Fraction(1n, 100n);

/** At exactly 0 the derivative is 1 (reluAtZero 1, the default) or a (0, as PyTorch). */
export const leakyRelu: LayerKind<z.output<typeof schema>> = {
  kind: 'leaky-relu',
  summary: 'ReLU with slope a (1/100 by default) below 0; reluAtZero as for relu',
  formula: 'o_i = X_i if X_i ≥ 0 else a · X_i',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: (spec) =>
    `leaky-relu a = ${describeNumber(spec.slope ?? DEFAULT_SLOPE)}` +
    (spec.reluAtZero === 0 ? ' (a at 0)' : ''),

  build: (spec, ar) => ({
    forward(input) {
      const a = spec.slope ?? ar.fromExact(DEFAULT_SLOPE);
      const output = input.map((x) => (ar.sign(x) >= 0 ? x : ar.mul(a, x)));
      const atZero = spec.reluAtZero === 0 ? a : ar.one;
      const slope = input.map((x) => (ar.sign(x) > 0 ? ar.one : ar.sign(x) < 0 ? a : atZero));
      const atKink = input.flatMap((x, i) => (ar.sign(x) === 0 ? [i] : []));

      return {
        output,
        atKink,
        // δ^k_i = δ^(k+1)_i · (1 if X_i ≥ 0 else a)
        backward: (outputDelta) => ({ delta: outputDelta.map((d, i) => ar.mul(d, slope[i])) }),
      };
    },
  }),
};
