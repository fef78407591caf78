import * as z from 'zod';
import { dot } from '../numbers/index.js';
import { exactNumber } from '../network/literals.js';
import type { LayerKind } from './layer.js';
import { frozenSchema } from './parameters.js';

const schema = z.strictObject({
  kind: z.literal('linear'),
  weights: z.array(z.array(exactNumber).min(1)).min(1),
  bias: z.array(exactNumber).optional(),
  frozen: frozenSchema.optional(),
});

/** Row i of the weights holds the coefficients of output i. */
export const linear: LayerKind<z.output<typeof schema>> = {
  kind: 'linear',
  summary: 'weighted sums of the inputs, plus a bias (0 when absent)',
  formula: 'o_i = Σ_j W_ij · X_j + b_i',
  schema,
  outputSize(spec, inputSize, report) {
    spec.weights.forEach((row, i) => {
      if (row.length !== inputSize) {
        report(['weights', i], `has ${row.length} coefficients; the input has ${inputSize}`);
      }
    });
    if (spec.bias && spec.bias.length !== spec.weights.length) {
      const rows = spec.weights.length;
      report(
        ['bias'],
        `has ${spec.bias.length} values; the weights have ${rows} ` + `row${rows === 1 ? '' : 's'}`,
      );
    }
    return spec.weights.length;
  },
  describe: (spec) =>
    `linear ${spec.weights.length}×${spec.weights[0].length}${spec.bias ? ' + b' : ''}`,

  build: ({ weights, bias }, ar) => ({
    forward(input) {
      const output = weights.map((row, i) => ar.add(dot(ar, row, input), bias?.[i] ?? ar.zero));

      return {
        output,
        // δ^k_j = Σ_i δ^(k+1)_i · W_ij;  δW_ij = δ^(k+1)_i · X_j;  δb_i = δ^(k+1)_i
        backward: (outputDelta) => ({
          delta: input.map((_, j) =>
            outputDelta.reduce((total, d, i) => ar.add(total, ar.mul(d, weights[i][j])), ar.zero),
          ),
          weightGrad: outputDelta.map((d) => input.map((x) => ar.mul(d, x))),
          ...(bias ? { biasGrad: [...outputDelta] } : {}),
        }),
      };
    },
  }),
};
