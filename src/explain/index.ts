/**
 * The backward pass of one sample written out step by step, in the reference article's order:
 * δ^(n+1) from the loss, then δ^k from δ^(k+1) for k = n … 1, then the weight gradients.
 */
import type { Network, Trace } from '../engine/index.js';
import type { LayerSpec } from '../layers/index.js';
import type { LossName } from '../losses/index.js';
import { kindOf } from '../layers/index.js';
import type { Derivation, LayerExplainer, LossExplainer } from './derivation.js';
import { generic as genericLayer } from './layers/generic.js';
import { identity } from './layers/identity.js';
import { leakyRelu } from './layers/leaky-relu.js';
import { linear } from './layers/linear.js';
import { relu } from './layers/relu.js';
import { sigmoid } from './layers/sigmoid.js';
import { softmax } from './layers/softmax.js';
import { softplus } from './layers/softplus.js';
import { tanh } from './layers/tanh.js';
import { binaryCrossEntropy } from './losses/binary-cross-entropy.js';
import { crossEntropy } from './losses/cross-entropy.js';
import { halfSquaredError } from './losses/half-squared-error.js';
import { meanSquaredError } from './losses/mean-squared-error.js';
import { squaredError } from './losses/squared-error.js';
import { type Expr, type Inline, number, op, partial, symbol, values } from './math.js';

export * from './derivation.js';
export * from './math.js';

/**
 * How each kind and loss writes out its derivative. Every kind must have one, so that a kind
 * added without it fails to compile; the general form in layers/generic.ts and
 * losses/generic.ts is there for a kind whose derivative has no closed form to show.
 */
const LAYER_EXPLAINERS: Record<LayerSpec['kind'], LayerExplainer> = {
  identity,
  linear,
  relu,
  'leaky-relu': leakyRelu,
  sigmoid,
  tanh,
  softplus,
  softmax,
};

const LOSS_EXPLAINERS: Record<LossName, LossExplainer> = {
  'half-squared-error': halfSquaredError,
  'squared-error': squaredError,
  'mean-squared-error': meanSquaredError,
  'binary-cross-entropy': binaryCrossEntropy,
  'cross-entropy': crossEntropy,
};

/** The layer kinds and losses whose derivative explain writes out, in registry order. */
export const DERIVED_KINDS = Object.keys(LAYER_EXPLAINERS) as LayerSpec['kind'][];
export const DERIVED_LOSSES = Object.keys(LOSS_EXPLAINERS) as LossName[];

export interface Step extends Derivation {
  /** The k of δ^k, or of the layer whose gradients the step gives. */
  k: number;
  heading: Inline;
}

export interface SampleExplanation {
  /** The sample's number, from 1, and how many there are. */
  sample: number;
  count: number;
  x: Expr;
  y: Expr;
  loss: Expr;
  steps: Step[];
}

/** Narrows an explanation to one k: δ^k and, for a layer, its gradients. */
export interface ExplainFilter {
  k?: number;
}

export function explainSample<N>(
  network: Network<N>,
  trace: Trace<N>,
  sample: number,
  count: number,
  filter: ExplainFilter = {},
): SampleExplanation {
  const { ar } = network;
  const n = trace.layers.length;
  const wanted = (k: number) => filter.k === undefined || filter.k === k;
  const steps: Step[] = [];

  if (wanted(n + 1)) {
    const explainer = LOSS_EXPLAINERS[network.lossName];
    const output = trace.layers[n - 1].output;
    const derivation = explainer.delta({
      ar,
      n,
      output,
      expected: trace.y,
      loss: trace.loss,
      delta: trace.lossDelta,
    });
    const heading = [deltaIs(n + 1), `, from the loss (${network.lossName})`];
    steps.push({ k: n + 1, heading, ...derivation });
  }

  const contexts = trace.layers.map((layer) => ({
    ar,
    k: layer.k,
    spec: network.specs[layer.k - 1],
    layer,
    outputDelta: layer.k === n ? trace.lossDelta : trace.layers[layer.k].delta,
    ...(layer.k === n && { loss: { name: network.lossName, expected: trace.y } }),
  }));
  const explainerOf = (k: number) =>
    LAYER_EXPLAINERS[network.specs[k - 1].kind as LayerSpec['kind']];
  const description = (k: number) =>
    kindOf(network.specs[k - 1] as LayerSpec).describe(network.specs[k - 1] as LayerSpec);

  for (const context of [...contexts].reverse()) {
    if (!wanted(context.k)) continue;
    const derivation = explainerOf(context.k).delta(context);
    const heading = [
      deltaIs(context.k),
      ', through ',
      [symbol('L', context.k)],
      ` (${description(context.k)})`,
    ];
    steps.push({ k: context.k, heading, ...derivation });
  }
  for (const context of [...contexts].reverse()) {
    if (!wanted(context.k)) continue;
    const explainer = explainerOf(context.k);
    const gradients = (explainer.gradients ?? genericLayer.gradients!)(context);
    if (gradients.length === 0) continue;
    const heading = [
      'Gradients of the parameters of ',
      [symbol('L', context.k)],
      ` (${description(context.k)})`,
    ];
    const lines = gradients.flatMap((derivation) => derivation.lines);
    const notes = gradients.flatMap((derivation) => derivation.notes ?? []);
    steps.push({ k: context.k, heading, lines, ...(notes.length ? { notes } : {}) });
  }

  return {
    sample,
    count,
    x: [values(ar, trace.x)],
    y: [values(ar, trace.y)],
    loss: [number(ar, trace.loss)],
    steps,
  };
}

/** δ^k = ∂Loss/∂X^k */
function deltaIs(k: number): Expr {
  return [symbol('δ', k), op('='), partial('Loss', k)];
}
