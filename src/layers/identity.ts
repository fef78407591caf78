import * as z from 'zod';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({ kind: z.literal('identity') });

/** o = X, so δ^k = δ^(k+1). */
export const identity: LayerKind<z.output<typeof schema>> = {
  kind: 'identity',
  summary: 'passes its input on unchanged',
  formula: 'o = X',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: () => 'identity',

  build: () => ({
    forward(input) {
      const output = [...input];

      return { output, backward: (outputDelta) => ({ delta: [...outputDelta] }) };
    },
  }),
};
