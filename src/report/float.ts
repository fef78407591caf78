/**
 * The same network in float64, as PyTorch or NumPy would compute it, compared with the exact
 * run: the values that float arithmetic gets wrong beyond a relative 1e-9, and the branches of
 * ReLU-like layers that it takes the other way because an input exactly 0 came out as ±1e-17.
 */
import { buildNetwork, type Network, runSample, type Trace } from '../engine/index.js';
import type { NetworkFile, Sample } from '../network/index.js';
import { floatArithmetic } from '../numbers/index.js';
import { computedValues, nameIn, type Place, valueAt } from './places.js';
import { reluAtZeroOf } from './variants.js';

/** Relative difference beyond which a float value is reported. */
export const FLOAT_TOLERANCE = 1e-9;

export interface FloatDifference {
  /** The sample's number, from 1. */
  sample: number;
  place: Place;
  name: string;
  exact: string;
  float: number;
}

export interface FloatBranch {
  sample: number;
  /** The ReLU-like layer L^k and the index i of its input X^k_i = o^(k-1)_i, named `name`. */
  k: number;
  index: number;
  name: string;
  exact: string;
  float: number;
  /** The derivative each computation takes there. */
  exactSlope: 0 | 1;
  floatSlope: 0 | 1;
}

export interface FloatReport {
  differences: FloatDifference[];
  branches: FloatBranch[];
}

export function compareWithFloat<N>(
  file: NetworkFile,
  network: Network<N>,
  samples: readonly Sample[],
  traces: readonly Trace<N>[],
): FloatReport {
  const { ar } = network;
  const floats = buildNetwork(file, floatArithmetic());
  const report: FloatReport = { differences: [], branches: [] };

  traces.forEach((trace, s) => {
    const sample = samples[s];
    const { fromExact } = floats.ar;
    const floatTrace = runSample(floats, sample.x.map(fromExact), sample.y.map(fromExact));
    for (const { place, value } of computedValues(trace)) {
      const float = valueAt(floatTrace, place);
      if (float === undefined || !differs(ar.toFloat(value), float)) continue;
      const name = nameIn(trace, place);
      report.differences.push({ sample: s + 1, place, name, exact: ar.format(value), float });
    }
    report.branches.push(...branchesOf(network, trace, floatTrace, s + 1));
  });
  return report;
}

function differs(exact: number, float: number): boolean {
  if (exact === 0) return float !== 0;
  return Math.abs(float - exact) > FLOAT_TOLERANCE * Math.abs(exact);
}

/** 1 for X > 0, 0 for X < 0, the layer's convention at X = 0. */
function slope(sign: -1 | 0 | 1, atZero: 0 | 1): 0 | 1 {
  return sign > 0 ? 1 : sign < 0 ? 0 : atZero;
}

function branchesOf<N>(
  network: Network<N>,
  trace: Trace<N>,
  floatTrace: Trace<number>,
  sample: number,
): FloatBranch[] {
  const { ar } = network;
  return trace.layers.flatMap((layer) => {
    const atZero = reluAtZeroOf(network.specs[layer.k - 1]);
    if (atZero === undefined) return [];
    return layer.input.flatMap((value, i) => {
      const float = floatTrace.layers[layer.k - 1].input[i];
      const exactSlope = slope(ar.sign(value), atZero);
      const floatSlope = slope(Math.sign(float) as -1 | 0 | 1, atZero);
      if (exactSlope === floatSlope) return [];
      // X^k = o^(k-1), and o^0 = x
      const base = layer.k === 1 ? 'x' : `o^${layer.k - 1}`;
      const name = layer.input.length === 1 ? base : `${base}_${i + 1}`;
      const exact = ar.format(value);
      return [{ sample, k: layer.k, index: i, name, exact, float, exactSlope, floatSlope }];
    });
  });
}
