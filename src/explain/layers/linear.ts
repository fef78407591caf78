import type { Derivation, LayerContext, LayerExplainer } from '../derivation.js';
import { type Expr, factor, joined, op, output, symbol, tuple, values } from '../math.js';

interface LinearSpec<N> {
  weights: N[][];
  bias?: N[];
}

/**
 * o_i = Σ_j W_ij · X_j + b_i, so δ^k_j = Σ_i δ^(k+1)_i · W_ij, δw_ij = δ^(k+1)_i · X_j and
 * δb_i = δ^(k+1)_i. With one output, as in the reference article: δ^k = δ^(k+1) · W.
 */
export const linear: LayerExplainer = {
  delta<N>({ ar, k, spec, layer, outputDelta }: LayerContext<N>): Derivation {
    const { weights } = spec as unknown as LinearSpec<N>;
    const result = { rhs: [values(ar, layer.delta)] };
    if (weights.length === 1) {
      return {
        lines: [
          { lhs: [symbol('δ', k)], rhs: [symbol('δ', k + 1), op('·'), symbol('W', k)] },
          { rhs: [factor(ar, outputDelta[0]), op('·'), values(ar, weights[0])] },
          result,
        ],
      };
    }
    const term = (i: number, j: number): Expr => [
      factor(ar, outputDelta[i]),
      op('·'),
      factor(ar, weights[i][j]),
    ];
    const sum = (j: number): Expr =>
      joined(
        weights.map((_, i) => term(i, j)),
        '+',
      );
    return {
      lines: [
        {
          lhs: [symbol('δ', k, 'j')],
          rhs: [op('Σ'), symbol('δ', k + 1, 'i'), op('·'), symbol('W', k, 'i,j')],
        },
        { lhs: [symbol('δ', k)], rhs: [tuple(layer.input.map((_, j) => sum(j)))] },
        result,
      ],
    };
  },

  gradients<N>({ ar, k, layer, outputDelta }: LayerContext<N>): Derivation[] {
    const input = layer.input;
    const gradients: Derivation[] = [];
    if (layer.weightGrad) {
      const rows = layer.weightGrad;
      const numbers = (i: number) => [factor(ar, outputDelta[i]), op('·'), values(ar, input)];
      const lines =
        rows.length === 1
          ? [
              { lhs: [symbol('δw', k)], rhs: [symbol('δ', k + 1), op('·'), output(k - 1)] },
              { rhs: numbers(0) },
              { rhs: [values(ar, rows[0])] },
            ]
          : [
              {
                lhs: [symbol('δw', k, 'i,j')],
                rhs: [symbol('δ', k + 1, 'i'), op('·'), output(k - 1, 'j')],
              },
              ...rows.flatMap((row, i) => [
                { lhs: [symbol('δw', k, i + 1)], rhs: numbers(i) },
                { rhs: [values(ar, row)] },
              ]),
            ];
      gradients.push({ lines });
    }
    if (layer.biasGrad) {
      gradients.push({
        lines: [
          { lhs: [symbol('δb', k)], rhs: [symbol('δ', k + 1)] },
          { rhs: [values(ar, layer.biasGrad)] },
        ],
      });
    }
    return gradients;
  },
};
