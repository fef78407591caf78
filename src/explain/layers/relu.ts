import { reluAtZeroOf } from '../../report/variants.js';
import type { Arithmetic } from '../../numbers/index.js';
import type { LayerContext, LayerExplainer } from '../derivation.js';
import {
  equals,
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
 * δ^k_i = δ^(k+1)_i if X^k_i ≥ 0 else 0, with X^k = o^(k-1); with reluAtZero 0 the condition
 * is X^k_i > 0. Each element's branch is named.
 */
export const relu: LayerExplainer = {
  delta<N>({ ar, k, spec, layer, outputDelta }: LayerContext<N>) {
    const strict = reluAtZeroOf(spec) === 0;
    const size = layer.input.length;
    const at = (i: number | string) => (size === 1 ? undefined : i);
    const taken = layer.input.map((x) => ar.sign(x) > 0 || (ar.sign(x) === 0 && !strict));
    const condition = strict ? op('>') : op('≥');

    const formula = [
      symbol('δ', k + 1, at('i')),
      word('if'),
      output(k - 1, at('i')),
      condition,
      literal('0'),
      word('else'),
      literal('0'),
    ];
    const notes = layer.input.map((x, i) => branch(ar, k, x, at(i + 1), taken[i], strict));
    if (size === 1) {
      const numbers = [
        number(ar, outputDelta[0]),
        word('if'),
        number(ar, layer.input[0]),
        condition,
        literal('0'),
        word('else'),
        literal('0'),
      ];
      return {
        lines: [
          { lhs: [symbol('δ', k)], rhs: formula },
          { rhs: numbers },
          { rhs: [values(ar, layer.delta)] },
        ],
        notes,
      };
    }
    const chosen = taken.map((yes, i) => (yes ? [symbol('δ', k + 1, i + 1)] : [literal('0')]));
    return {
      lines: [
        { lhs: [symbol('δ', k, 'i')], rhs: formula },
        { lhs: [symbol('δ', k)], rhs: [tuple(chosen)] },
        { rhs: [values(ar, layer.delta)] },
      ],
      notes,
    };
  },
};

/** `o^2 = 0 ≥ 0, so δ^3 = δ^4.`: the branch that X^k_i = o^(k-1)_i takes. */
function branch<N>(
  ar: Arithmetic<N>,
  k: number,
  x: N,
  sub: number | string | undefined,
  taken: boolean,
  strict: boolean,
): Inline {
  const sign = ar.sign(x);
  const relation = sign > 0 ? '>' : sign < 0 ? '<' : strict ? '=' : '≥';
  const compared = relation === '=' ? [] : [op(relation), literal('0')];
  const value = [number(ar, x)];
  const input = [output(k - 1, sub), equals(value), ...value, ...compared];
  const result = taken ? symbol('δ', k + 1, sub) : literal('0');
  const why = relation === '=' ? ', not > 0 (reluAtZero is 0), so ' : ', so ';
  return [input, why, [symbol('δ', k, sub), op('='), result], '.'];
}
