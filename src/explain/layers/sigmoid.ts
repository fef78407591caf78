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
  symbol,
  values,
  vector,
} from '../math.js';
import { afterLossNote } from './after-loss.js';

/**
 * o_i = σ(X_i), σ' = σ (1 − σ), so δ^k_i = δ^(k+1)_i · σ(X^k_i)(1 − σ(X^k_i)), read from the
 * output the forward pass gave: δ^(k+1)_i · o^k_i · (1 − o^k_i).
 */
export const sigmoid: LayerExplainer = {
  delta<N>(context: LayerContext<N>) {
    const { ar, k, layer, outputDelta } = context;
    const at = (i: string) => (layer.input.length === 1 ? undefined : i);
    const x = [symbol('X', k, at('i'))];
    const o = output(k, at('i'));
    const numbers = layer.output.map((value, i): Expr => [
      factor(ar, outputDelta[i]),
      op('·'),
      factor(ar, value),
      op('·'),
      group([literal('1'), op('−'), number(ar, value)]),
    ]);

    return {
      lines: [
        {
          lhs: [symbol('δ', k, at('i'))],
          rhs: [
            symbol('δ', k + 1, at('i')),
            op('·'),
            call('σ', x),
            group([literal('1'), op('−'), call('σ', x)]),
          ],
        },
        {
          rhs: [
            symbol('δ', k + 1, at('i')),
            op('·'),
            o,
            op('·'),
            group([literal('1'), op('−'), o]),
          ],
        },
        { ...(at('i') && { lhs: [symbol('δ', k)] }), rhs: vector(numbers) },
        { rhs: [values(ar, layer.delta)] },
      ],
      ...afterLossNote(context),
    };
  },
};
