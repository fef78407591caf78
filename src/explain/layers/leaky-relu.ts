import { DEFAULT_SLOPE } from '../../layers/leaky-relu.js';
import type { Arithmetic } from '../../numbers/index.js';
import { reluAtZeroOf } from '../../report/variants.js';
import type { LayerContext, LayerExplainer } from '../derivation.js';
import {
  type Expr,
  equals,
  factor,
  type Inline,
  literal,
  number,
  op,
  output,
  symbol,
  tuple,
  values,
  word,
} from '../math.js';

/**
 * δ^k_i = δ^(k+1)_i if X^k_i ≥ 0 else a · δ^(k+1)_i, with X^k = o^(k-1); with reluAtZero 0
 * the condition is X^k_i > 0, so that the slope at exactly 0 is a. Each element's branch is named.
 */
export const leakyRelu: LayerExplainer = {
  delta<N>({ ar, k, spec, layer, outputDelta }: LayerContext<N>) {
    const convention = reluAtZeroOf(spec);
    const strict = convention === 0;
    const a = (spec as { slope?: N }).slope ?? ar.fromExact(DEFAULT_SLOPE);
    const size = layer.input.length;
    const at = (i: number | string) => (size === 1 ? undefined : i);
    const taken = layer.input.map((x) => ar.sign(x) > 0 || (ar.sign(x) === 0 && !strict));
    const condition = strict ? op('>') : op('≥');
    const scaled = (d: Expr): Expr => [factor(ar, a), op('·'), ...d];

    const formula = (d: Expr, x: Expr, inProduct = d): Expr => [
      ...d,
      word('if'),
      ...x,
      condition,
      literal('0'),
      word('else'),
      ...scaled(inProduct),
    ];
    const notes = layer.input.map((x, i) => branch(ar, k, x, at(i + 1), taken[i], convention, a));
    const symbolic = [symbol('δ', k + 1, at('i'))];
    if (size === 1) {
      return {
        lines: [
          { lhs: [symbol('δ', k)], rhs: formula(symbolic, [output(k - 1)]) },
          {
            rhs: formula(
              [number(ar, outputDelta[0])],
              [number(ar, layer.input[0])],
              [factor(ar, outputDelta[0])],
            ),
          },
          { rhs: [values(ar, layer.delta)] },
        ],
        notes,
      };
    }
    const chosen = taken.map((yes, i) =>
      yes ? [symbol('δ', k + 1, i + 1)] : scaled([symbol('δ', k + 1, i + 1)]),
    );
    const numbers = taken.map((yes, i) =>
      yes ? [number(ar, outputDelta[i])] : scaled([factor(ar, outputDelta[i])]),
    );
    return {
      lines: [
        { lhs: [symbol('δ', k, 'i')], rhs: formula(symbolic, [output(k - 1, 'i')]) },
        { lhs: [symbol('δ', k)], rhs: [tuple(chosen)] },
        { rhs: [tuple(numbers)] },
        { rhs: [values(ar, layer.delta)] },
      ],
      notes,
    };
  },
};

/**
 * `o^2_1 = -3 < 0, so δ^2_1 = (1/10) · δ^3_1.`: the branch that X^k_i = o^(k-1)_i takes, and
 * at exactly 0 the convention reluAtZero picks.
 */
function branch<N>(
  ar: Arithmetic<N>,
  k: number,
  x: N,
  sub: number | string | undefined,
  taken: boolean,
  convention: 0 | 1 | undefined,
  a: N,
): Inline {
  const sign = ar.sign(x);
  const value = [number(ar, x)];
  const input = [output(k - 1, sub), equals(value), ...value];
  const compared =
    sign > 0
      ? [op('>'), literal('0')]
      : sign < 0 || convention !== 0
        ? [op(sign < 0 ? '<' : '≥'), literal('0')]
        : [];
  const why =
    sign !== 0
      ? ', so '
      : convention === 0
        ? ', not > 0 (reluAtZero is 0: the slope at 0 is a), so '
        : ' (reluAtZero is 1: the slope at 0 is 1), so ';
  const delta = [symbol('δ', k + 1, sub)];
  const result = taken ? delta : [factor(ar, a), op('·'), ...delta];
  return [[...input, ...compared], why, [symbol('δ', k, sub), op('='), ...result], '.'];
}
