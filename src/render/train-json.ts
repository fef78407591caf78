import type { Network, Step, Training, TrainSettings } from '../engine/index.js';
import type { ParameterName, Parameters } from '../layers/index.js';
import { type JsonSample, type JsonValue, sampleToJson } from './json.js';

/** The parameters of the layers that have them, by k. */
export interface JsonParameters {
  weights: Record<string, JsonValue[][]>;
  bias: Record<string, JsonValue[]>;
}

export interface JsonStep extends JsonParameters {
  epoch: number;
  step: number;
  /** Indices of the batch's samples, from 0. */
  samples: number[];
  /** ∂(batch loss)/∂Loss_s: "1/size" for mean, "1" for sum. */
  factor: JsonValue;
  /** The batch's loss, factor · Σ_s Loss_s. */
  loss: JsonValue;
  /** δw^k and δb^k of the update, summed over the batch, by k. */
  weightGrad: Record<string, JsonValue[][]>;
  biasGrad: Record<string, JsonValue[]>;
  /** Each sample's pass at the weights before the step; its δ carry the factor. */
  bySample: (JsonSample & { sample: number })[];
}

export interface JsonTraining {
  numbers: string;
  settings: { lr: JsonValue; epochs: number; batch: number; reduction: string };
  /** The frozen parameters, by k. */
  frozen: Record<string, ParameterName[]>;
  before: JsonParameters & { totalLoss: JsonValue };
  steps: JsonStep[];
  final: JsonParameters & { totalLoss: JsonValue; samples: JsonSample[] };
}

export function trainingToJson<N>(
  network: Network<N>,
  training: Training<N>,
  settings: TrainSettings<N>,
): JsonTraining {
  const show = (value: N) => network.ar.format(value);
  const frozen: JsonTraining['frozen'] = {};
  network.specs.forEach((spec, index) => {
    const names = (spec as { frozen?: ParameterName[] }).frozen;
    if (names) frozen[index + 1] = [...names];
  });
  return {
    numbers: network.ar.kind,
    settings: {
      lr: show(settings.lr),
      epochs: settings.epochs,
      batch: settings.batch,
      reduction: settings.reduction,
    },
    frozen,
    before: { ...parametersToJson(network), totalLoss: show(training.before.totalLoss) },
    steps: training.steps.map((step) => stepToJson(step)),
    final: {
      ...parametersToJson(training.network),
      totalLoss: show(training.after.totalLoss),
      samples: training.after.traces.map((trace) => sampleToJson(training.network, trace)),
    },
  };
}

function stepToJson<N>(step: Step<N>): JsonStep {
  const show = (value: N) => step.network.ar.format(value);
  const byK = <T, U>(record: Record<number, T>, map: (value: T) => U) =>
    Object.fromEntries(Object.entries(record).map(([k, value]) => [k, map(value as T)]));
  return {
    epoch: step.epoch,
    step: step.step,
    samples: step.samples,
    factor: show(step.factor),
    loss: show(step.loss),
    weightGrad: byK(step.weightGrad, (rows) => rows.map((row) => row.map(show))),
    biasGrad: byK(step.biasGrad, (values) => values.map(show)),
    ...parametersToJson(step.network),
    bySample: step.traces.map((trace, i) => ({
      sample: step.samples[i],
      ...sampleToJson(step.network, trace),
    })),
  };
}

export function parametersToJson<N>(network: Network<N>): JsonParameters {
  const show = (value: N) => network.ar.format(value);
  const result: JsonParameters = { weights: {}, bias: {} };
  network.specs.forEach((spec, index) => {
    const { weights, bias } = spec as Parameters<N>;
    if (weights) result.weights[index + 1] = weights.map((row) => row.map(show));
    if (bias) result.bias[index + 1] = bias.map(show);
  });
  return result;
}
