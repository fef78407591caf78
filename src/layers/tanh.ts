import * as z from 'zod';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({ kind: z.literal('tanh') });

/** The hyperbolic tangent; tanh(0) = 0 exactly, every other value approximate. */
export const tanh: LayerKind<z.output<typeof schema>> = {
  kind: 'tanh',
  summary: 'hyperbolic tangent, element-wise',
  formula: 'o_i = tanh(X_i)',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: () => 'tanh',

  build: (_spec, ar) => ({
    forward(input) {
      const output = input.map((x) => ar.tanh(x));

      return {
        output,
        // δ^k_i = δ^(k+1)_i · (1 − tanh²(X_i)), tanh(X_i) = o_i saved by the forward pass
        backward: (outputDelta) => ({
          delta: outputDelta.map((d, i) => ar.mul(d, ar.sub(ar.one, ar.mul(output[i], output[i])))),
        }),
      };
    },
  }),
};
