import { logistic } from '../../layers/sigmoid.js';
import type { LayerContext, LayerExplainer } from '../derivation.js';
import { call, type Expr, factor, number, op, symbol, values, vector } from '../math.js';

/** o_i = ln(1 + e^X_i), whose derivative is σ: δ^k_i = δ^(k+1)_i · σ(X^k_i). */
export const softplus: LayerExplainer = {
  delta<N>({ ar, k, layer, outputDelta }: LayerContext<N>) {
    const at = (i: string) => (layer.input.length === 1 ? undefined : i);
    const lhs = at('i') && { lhs: [symbol('δ', k)] };
    const product = (i: number, slope: Expr): Expr => [
      factor(ar, outputDelta[i]),
      op('·'),
      ...slope,
    ];
    const atInput = layer.input.map((x, i) => product(i, [call('σ', [number(ar, x)])]));
    const slopes = layer.input.map((x, i) => product(i, [factor(ar, logistic(ar, x).value)]));

    return {
      lines: [
        {
          lhs: [symbol('δ', k, at('i'))],
          rhs: [symbol('δ', k + 1, at('i')), op('·'), call('σ', [symbol('X', k, at('i'))])],
        },
        { ...lhs, rhs: vector(atInput) },
        { rhs: vector(slopes) },
        { rhs: [values(ar, layer.delta)] },
      ],
    };
  },
};
