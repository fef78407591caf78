/**
 * Gradient descent, one update per batch of samples: Ŵ^k = W^k − α · δw^k and
 * b̂^k = b^k − α · δb^k. The batch's loss is factor · Σ_s Loss_s, with factor 1/size (mean)
 * or 1 (sum); so each sample's δ^k, δw^k and δb^k carry the factor, and the δw^k of the update
 * is their sum over the batch. Every gradient of an update is taken at the weights from before
 * it: the new weights are made only once the whole batch has run forward and backward.
 */
import type { ParameterName, Parameters } from '../layers/index.js';
import { DomainError } from '../losses/index.js';
import { formatPath, type Reduction } from '../network/index.js';
import { type Arithmetic, sum } from '../numbers/index.js';
import { boundedArithmetic, GrowthError, locate, TooManyDigits } from './growth.js';
import { type LayerState, type Network, withLayers } from './network.js';
import { runSample } from './pass.js';
import type { Trace } from './trace.js';

export interface TrainSettings<N> {
  /** The learning rate α. */
  lr: N;
  epochs: number;
  /** Samples per update, in file order; the last batch of an epoch may be smaller. */
  batch: number;
  reduction: Reduction;
  /** The most digits a numerator or denominator may reach before training stops. */
  maxDigits?: number;
}

export interface Example<N> {
  x: N[];
  y: N[];
}

/** Gradients by the k of L^k, for the layers that have the parameter. */
export type ByLayer<T> = Record<number, T>;

export interface Step<N> {
  /** From 1. */
  epoch: number;
  /** From 1, counted over the whole run. */
  step: number;
  /** Indices of the batch's samples, from 0. */
  samples: number[];
  /** ∂(batch loss)/∂Loss_s: 1/size for mean, 1 for sum. */
  factor: N;
  /** The batch's loss, factor · Σ_s Loss_s. */
  loss: N;
  /** Each sample's pass at the weights before the step; its loss is Loss_s, its δ carry factor. */
  traces: Trace<N>[];
  /** δw^k = Σ_s factor · ∂Loss_s/∂W^k. */
  weightGrad: ByLayer<N[][]>;
  biasGrad: ByLayer<N[]>;
  /** The network with the updated parameters. */
  network: Network<N>;
}

export interface Evaluation<N> {
  traces: Trace<N>[];
  /** Σ_s Loss_s over every sample. */
  totalLoss: N;
}

export interface Training<N> {
  before: Evaluation<N>;
  steps: Step<N>[];
  after: Evaluation<N>;
  network: Network<N>;
}

/** The batches of one epoch: consecutive sample indices, `size` at a time. */
export function batchesOf(count: number, size: number): number[][] {
  const batches: number[][] = [];
  for (let start = 0; start < count; start += size) {
    batches.push(Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i));
  }
  return batches;
}

/** Every sample forward and backward, and the sum of their losses. */
export function evaluate<N>(network: Network<N>, examples: readonly Example<N>[]): Evaluation<N> {
  const traces = examples.map(({ x, y }, s) =>
    locate(`the pass of sample ${s + 1}`, () => runSample(network, x, y)),
  );
  const totalLoss = locate('the total loss', () =>
    sum(
      network.ar,
      traces.map((t) => t.loss),
    ),
  );
  return { traces, totalLoss };
}

/** One update from the samples `indices`, all run at the weights of `network`. */
export function trainStep<N>(
  network: Network<N>,
  examples: readonly Example<N>[],
  indices: readonly number[],
  settings: Pick<TrainSettings<N>, 'lr' | 'reduction'>,
): Omit<Step<N>, 'epoch' | 'step'> {
  const { ar } = network;
  // Multiplying by a factor of exactly 1 would still reduce every fraction again.
  const scaled = settings.reduction === 'mean' && indices.length > 1;
  const factor = scaled ? ar.div(ar.one, ar.fromInteger(indices.length)) : ar.one;
  const traces = indices.map((s) =>
    locate(`the pass of sample ${s + 1}`, () => {
      const trace = runSample(network, examples[s].x, examples[s].y);
      return scaled ? scaleTrace(ar, trace, factor) : trace;
    }),
  );
  const loss = locate("the batch's loss", () =>
    ar.mul(
      factor,
      sum(
        ar,
        traces.map((trace) => trace.loss),
      ),
    ),
  );

  const weightGrad: ByLayer<N[][]> = {};
  const biasGrad: ByLayer<N[]> = {};
  network.specs.forEach((_, index) => {
    const layers = traces.map((trace) => trace.layers[index]);
    const k = index + 1;
    locate(`the sum of δw^${k} and δb^${k} over the batch`, () => {
      if (layers[0].weightGrad) {
        weightGrad[k] = addAll(
          ar,
          layers.map((layer) => layer.weightGrad!),
        );
      }
      if (layers[0].biasGrad) {
        biasGrad[k] = addAll(
          ar,
          layers.map((layer) => [layer.biasGrad!]),
        )[0];
      }
    });
  });

  const specs = network.specs.map((spec, index) =>
    updated(ar, spec, index, settings.lr, [weightGrad[index + 1], biasGrad[index + 1]]),
  );
  const next = withLayers(ar, network.input, specs, network.lossName);
  return { samples: [...indices], factor, loss, traces, weightGrad, biasGrad, network: next };
}

/**
 * Every epoch, batch after batch; `onStep` hears of each step as it is made. With `maxDigits`,
 * throws `GrowthError` at the first result beyond it.
 */
export function train<N>(
  network: Network<N>,
  examples: readonly Example<N>[],
  settings: TrainSettings<N>,
  onStep?: (step: Step<N>, total: number) => void,
): Training<N> {
  const batches = batchesOf(examples.length, settings.batch);
  const total = settings.epochs * batches.length;
  const { maxDigits } = settings;
  const ar = maxDigits === undefined ? network.ar : boundedArithmetic(network.ar, maxDigits);
  let current = withLayers(ar, network.input, network.specs, network.lossName);
  let when = 'before training';
  const placed = <T>(compute: () => T): T => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError(`${when}: ${error.message}`);
      if (!(error instanceof TooManyDigits)) throw error;
      throw new GrowthError(when, error.where ?? 'a value', error.digits, maxDigits!);
    }
  };

  const before = placed(() => evaluate(current, examples));
  const steps: Step<N>[] = [];
  for (let epoch = 1; epoch <= settings.epochs; epoch += 1) {
    for (const indices of batches) {
      when = `epoch ${epoch}, step ${steps.length + 1}`;
      const made = placed(() => trainStep(current, examples, indices, settings));
      const step = { epoch, step: steps.length + 1, ...made };
      steps.push(step);
      onStep?.(step, total);
      current = step.network;
    }
  }
  when = 'after training';
  return { before, steps, after: placed(() => evaluate(current, examples)), network: current };
}

/** The trace of `factor · Loss_s`: δ, δw and δb times factor; the loss stays Loss_s. */
function scaleTrace<N>(ar: Arithmetic<N>, trace: Trace<N>, factor: N): Trace<N> {
  const times = (values: readonly N[]) => values.map((value) => ar.mul(factor, value));
  return {
    ...trace,
    lossDelta: times(trace.lossDelta),
    layers: trace.layers.map((layer) => ({
      ...layer,
      delta: times(layer.delta),
      ...(layer.weightGrad ? { weightGrad: layer.weightGrad.map(times) } : {}),
      ...(layer.biasGrad ? { biasGrad: times(layer.biasGrad) } : {}),
    })),
  };
}

/** The element-wise sum of matrices of one shape. */
function addAll<N>(ar: Arithmetic<N>, matrices: readonly N[][][]): N[][] {
  return matrices[0].map((row, i) =>
    row.map((_, j) =>
      sum(
        ar,
        matrices.map((matrix) => matrix[i][j]),
      ),
    ),
  );
}

type Trainable<N> = Parameters<N> & { frozen?: readonly ParameterName[] };

/** The spec of layer `index` with W − α · δw and b − α · δb, frozen parameters kept. */
function updated<N>(
  ar: Arithmetic<N>,
  spec: LayerState<N>,
  index: number,
  lr: N,
  [weightGrad, biasGrad]: [N[][] | undefined, N[] | undefined],
): LayerState<N> {
  const { weights, bias, frozen = [] } = spec as Trainable<N>;
  const step = (value: N, gradient: N, ...path: (string | number)[]) =>
    locate(formatPath(['layers', index, ...path]), () => ar.sub(value, ar.mul(lr, gradient)));
  const next: Trainable<N> = {};
  if (weights && weightGrad && !frozen.includes('weights')) {
    next.weights = weights.map((row, i) =>
      row.map((w, j) => step(w, weightGrad[i][j], 'weights', i, j)),
    );
  }
  if (bias && biasGrad && !frozen.includes('bias')) {
    next.bias = bias.map((b, i) => step(b, biasGrad[i], 'bias', i));
  }
  return { ...spec, ...next } as LayerState<N>;
}
