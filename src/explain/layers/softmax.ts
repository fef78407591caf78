import { dot } from '../../numbers/index.js';
import type { LayerContext, LayerExplainer } from '../derivation.js';
import {
  type Expr,
  factor,
  group,
  joined,
  number,
  op,
  output,
  symbol,
  values,
  vector,
} from '../math.js';
import { afterLossNote } from './after-loss.js';

/**
 * Every o_i depends on every X_j: ∂o_i/∂X_j = o_i (1[i = j] − o_j), so the Jacobian–vector
 * product is δ^k_j = o^k_j · (δ^(k+1)_j − Σ_i o^k_i · δ^(k+1)_i). The sum is written out first.
 */
export const softmax: LayerExplainer = {
  delta<N>(context: LayerContext<N>) {
    const { ar, k, layer, outputDelta } = context;
    const o = layer.output;
    const sum: Expr = [op('Σ'), output(k, 'i'), op('·'), symbol('δ', k + 1, 'i')];
    const terms = o.map((value, i): Expr => [
      factor(ar, value),
      op('·'),
      factor(ar, outputDelta[i]),
    ]);
    const mean = dot(ar, o, outputDelta);
    const numbers = o.map((value, j): Expr => [
      factor(ar, value),
      op('·'),
      group([number(ar, outputDelta[j]), op('−'), factor(ar, mean)]),
    ]);

    return {
      lines: [
        {
          lhs: [symbol('δ', k, 'j')],
          rhs: [output(k, 'j'), op('·'), group([symbol('δ', k + 1, 'j'), op('−'), ...sum])],
        },
        { lhs: sum, rhs: joined(terms, '+') },
        { rhs: [number(ar, mean)] },
        { lhs: [symbol('δ', k)], rhs: vector(numbers) },
        { rhs: [values(ar, layer.delta)] },
      ],
      ...afterLossNote(context),
    };
  },
};
