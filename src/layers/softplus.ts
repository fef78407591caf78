import * as z from 'zod';
import type { LayerKind } from './layer.js';
import { logistic } from './sigmoid.js';

const schema = z.strictObject({ kind: z.literal('softplus') });

/** A smooth ReLU; its derivative is the logistic function. */
export const softplus: LayerKind<z.output<typeof schema>> = {
  kind: 'softplus',
  summary: 'smooth ReLU, element-wise; its derivative is σ',
  formula: 'o_i = ln(1 + e^X_i)',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: () => 'softplus',

  build: (_spec, ar) => ({
    forward(input) {
      const parts = input.map((x) => logistic(ar, x));
      // ln(1 + e^x) = max(x, 0) + ln(1 + e^(−|x|)): e^x never overflows, ln never cancels.
      const output = input.map((x, i) => {
        const tail = ar.log1p(parts[i].decay);
        return ar.sign(x) < 0 ? tail : ar.add(x, tail);
      });

      return {
        output,
        // δ^k_i = δ^(k+1)_i · σ(X_i)
        backward: (outputDelta) => ({
          delta: outputDelta.map((d, i) => ar.mul(d, parts[i].value)),
        }),
      };
    },
  }),
};
