import type { Network, Trace } from '../engine/index.js';
import { kindOf, type LayerSpec } from '../layers/index.js';

/** A value as a JSON string: an exact fraction (`"-1/200"`, `"0"`) or a decimal. */
export type JsonValue = string;

/** The values of one sample, each of type `V`. */
export interface SampleValues<V> {
  x: V[];
  y: V[];
  loss: V;
  /** o^k by k, from 1 to n (o^0 is x). */
  o: Record<string, V[]>;
  /** δ^k by k, from 1 to n + 1. */
  delta: Record<string, V[]>;
  weightGrad: Record<string, V[][]>;
  biasGrad: Record<string, V[]>;
}

/**
 * A sample's values as strings, and beside them `exact`, the same shape again with `true`
 * where the string is an exact fraction and `false` where it is a decimal approximation.
 */
export interface JsonSample extends SampleValues<JsonValue> {
  exact: SampleValues<boolean>;
}

export interface JsonRun {
  numbers: string;
  /** Significant digits of approximate values; 17 (shortest round trip) for float. */
  precision: number;
  network: {
    name?: string;
    loss: { name: string; formula: string; deltaFormula: string };
    layers: { k: number; kind: string; description: string; formula: string }[];
  };
  samples: JsonSample[];
}

function sampleValues<N, V>(trace: Trace<N>, show: (value: N) => V): SampleValues<V> {
  const n = trace.layers.length;
  const sample: SampleValues<V> = {
    x: trace.x.map(show),
    y: trace.y.map(show),
    loss: show(trace.loss),
    o: {},
    delta: {},
    weightGrad: {},
    biasGrad: {},
  };
  for (const layer of trace.layers) {
    sample.o[layer.k] = layer.output.map(show);
    sample.delta[layer.k] = layer.delta.map(show);
    if (layer.weightGrad) sample.weightGrad[layer.k] = layer.weightGrad.map((row) => row.map(show));
    if (layer.biasGrad) sample.biasGrad[layer.k] = layer.biasGrad.map(show);
  }
  sample.delta[n + 1] = trace.lossDelta.map(show);
  return sample;
}

export function sampleToJson<N>(network: Network<N>, trace: Trace<N>): JsonSample {
  const { ar } = network;
  return { ...sampleValues(trace, ar.format), exact: sampleValues(trace, ar.isExact) };
}

export function runToJson<N>(network: Network<N>, traces: Trace<N>[], name?: string): JsonRun {
  const { loss } = network;
  return {
    numbers: network.ar.kind,
    precision: network.ar.precision,
    network: {
      ...(name === undefined ? {} : { name }),
      loss: { name: network.lossName, formula: loss.formula, deltaFormula: loss.deltaFormula },
      layers: network.specs.map((state, index) => {
        const spec = state as LayerSpec;
        const kind = kindOf(spec);
        const description = kind.describe(spec);
        return { k: index + 1, kind: spec.kind, description, formula: kind.formula };
      }),
    },
    samples: traces.map((trace) => sampleToJson(network, trace)),
  };
}

/**
 * JSON indented by two spaces, with arrays of plain values (a vector, a row of weights) kept on
 * one line so that a sample reads as it would be written by hand.
 */
export function stringify(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    }
    return `[\n${value.map((item) => inner + stringify(item, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${stringify(item, inner)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
