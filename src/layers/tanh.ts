import * as z from 'zod';
import type { Arithmetic } from '../numbers/index.js';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({ kind: z.literal('tanh') });

/**
 * tanh x and its derivative 1 − tanh² x. For |x| ≥ 1 both come from e = e^(−2|x|) ≤ e^(−2):
 * |tanh x| = (1 − e) / (1 + e) and 1 − tanh² x = 4e / (1 + e)², so that no e^(2|x|) is
 * formed and 1 − tanh² does not cancel; for |x| < 1, 1 − tanh² x > 0.41 cannot cancel.
 */
function hyperbolic<N>(ar: Arithmetic<N>, x: N): { value: N; slope: N } {
  const magnitude = ar.sign(x) < 0 ? ar.neg(x) : x;
  if (ar.sign(ar.sub(magnitude, ar.one)) < 0) {
    const value = ar.tanh(x);
    return { value, slope: ar.sub(ar.one, ar.mul(value, value)) };
  }
  const decay = ar.exp(ar.mul(ar.fromInteger(-2), magnitude));
  const denominator = ar.add(ar.one, decay);
  const size = ar.div(ar.sub(ar.one, decay), denominator);

  return {
    value: ar.sign(x) < 0 ? ar.neg(size) : size,
    slope: ar.div(ar.mul(ar.fromInteger(4), decay), ar.mul(denominator, denominator)),
  };
}

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
      const parts = input.map((x) => hyperbolic(ar, x));
      const output = parts.map((part) => part.value);

      return {
        output,
        // δ^k_i = δ^(k+1)_i · (1 − tanh²(X_i))
        backward: (outputDelta) => ({
          delta: outputDelta.map((d, i) => ar.mul(d, parts[i].slope)),
        }),
      };
    },
  }),
};
