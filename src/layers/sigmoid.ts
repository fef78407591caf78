import * as z from 'zod';
import type { Arithmetic } from '../numbers/index.js';
import type { LayerKind } from './layer.js';

const schema = z.strictObject({ kind: z.literal('sigmoid') });

export interface Logistic<N> {
  /** σ(x) */
  value: N;
  /** 1 − σ(x) */
  complement: N;
  /** e^(−|x|), the one exponential both are made of */
  decay: N;
}

/**
 * σ(x) = 1 / (1 + e^(−x)) and 1 − σ(x), both from e = e^(−|x|) ≤ 1, so that no e^x
 * overflows and no subtraction cancels: σ(|x|) = 1 / (1 + e) and 1 − σ(|x|) = e / (1 + e).
 */
export function logistic<N>(ar: Arithmetic<N>, x: N): Logistic<N> {
  const negative = ar.sign(x) < 0;
  const decay = ar.exp(negative ? x : ar.neg(x));
  const denominator = ar.add(ar.one, decay);
  const large = ar.div(ar.one, denominator);
  const small = ar.div(decay, denominator);
  return negative
    ? { value: small, complement: large, decay }
    : { value: large, complement: small, decay };
}

/** The logistic function; σ(0) = 1/2 exactly, every other value approximate. */
export const sigmoid: LayerKind<z.output<typeof schema>> = {
  kind: 'sigmoid',
  summary: 'logistic function, element-wise',
  formula: 'o_i = σ(X_i) = 1 / (1 + e^(−X_i))',
  schema,
  outputSize: (_spec, inputSize) => inputSize,
  describe: () => 'sigmoid',

  build: (_spec, ar) => ({
    forward(input) {
      const parts = input.map((x) => logistic(ar, x));
      const output = parts.map((part) => part.value);

      return {
        output,
        // δ^k_i = δ^(k+1)_i · σ(X_i) (1 − σ(X_i))
        backward: (outputDelta) => ({
          delta: outputDelta.map((d, i) => ar.mul(d, ar.mul(parts[i].value, parts[i].complement))),
        }),
      };
    },
  }),
};
