import type { LayerContext, LayerExplainer } from '../derivation.js';
import {
  call,
  type Expr,
  factor,
  group,
  literal,
  number,
  op,
  output,
  squared,
  symbol,
  values,
  vector,
} from '../math.js';

/**
 * o_i = tanh(X_i), tanh' = 1 − tanh², so δ^k_i = δ^(k+1)_i · (1 − tanh²(X^k_i)), read from
 * the output the forward pass gave: δ^(k+1)_i · (1 − (o^k_i)²).
 */
export const tanh: LayerExplainer = {
  delta<N>({ ar, k, layer, outputDelta }: LayerContext<N>) {
    const at = (i: string) => (layer.input.length === 1 ? undefined : i);
    const numbers = layer.output.map((value, i): Expr => [
      factor(ar, outputDelta[i]),
      op('·'),
      group([literal('1'), op('−'), squared([number(ar, value)])]),
    ]);

    return {
      lines: [
        {
          lhs: [symbol('δ', k, at('i'))],
          rhs: [
            symbol('δ', k + 1, at('i')),
            op('·'),
            group([literal('1'), op('−'), call('tanh', [symbol('X', k, at('i'))], 2)]),
          ],
        },
        {
          rhs: [
            symbol('δ', k + 1, at('i')),
            op('·'),
            group([literal('1'), op('−'), squared([output(k, at('i'))])]),
          ],
        },
        { ...(at('i') && { lhs: [symbol('δ', k)] }), rhs: vector(numbers) },
        { rhs: [values(ar, layer.delta)] },
      ],
    };
  },
};
