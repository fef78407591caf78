import type { Derivation, LayerContext } from '../derivation.js';
import { type Expr, equals, fraction, literal, op, output, symbol, values } from '../math.js';

/**
 * A note for the pairs whose δ simplifies, which students ask about: σ then
 * binary-cross-entropy gives δ^n = (o^n − y)/m, softmax then cross-entropy δ^n = o^n − y.
 */
export function afterLossNote<N>(context: LayerContext<N>): Pick<Derivation, 'notes'> {
  const { ar, k, spec, layer, loss } = context;
  const pair = `${spec.kind} ${loss?.name ?? ''}`;
  if (!loss || (pair !== 'sigmoid binary-cross-entropy' && pair !== 'softmax cross-entropy')) {
    return {};
  }
  const m = layer.output.length;
  const perOutput = pair === 'sigmoid binary-cross-entropy' && m > 1;
  const over = (difference: Expr): Expr =>
    perOutput ? [fraction(difference, [literal(String(m))])] : difference;
  const formula = over([output(k), op('−'), symbol('y')]);
  const numbers = over([values(ar, layer.output), op('−'), values(ar, loss.expected)]);
  const why =
    pair === 'softmax cross-entropy'
      ? [`With ${loss.name} right after it, and `, [symbol('y')], ' summing to 1, this is also ']
      : [`With ${loss.name} right after it, this is also `];
  return {
    notes: [[...why, [symbol('δ', k), op('='), ...formula, equals(numbers), ...numbers], '.']],
  };
}
