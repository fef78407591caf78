/**
 * Every δ^k, δw^k and δb^k against a central difference (Loss(v + h) − Loss(v − h)) / 2h.
 *
 * With exact fractions, a network of piecewise-linear layers and a quadratic loss, the loss is
 * a quadratic in any one value v as long as no ReLU-like input changes sign between v − h and
 * v + h, and the central difference of a quadratic is its derivative exactly: the check then
 * demands equality. A step that crosses a kink is reported as such. In every other case the
 * quotient only approximates the derivative, and the report gives the relative error.
 */
import { type LayerState, type Network, runSample, type Trace } from '../engine/index.js';
import type { Arithmetic } from '../numbers/index.js';
import { nameIn, type Place } from './places.js';
import { fromLayer, withSpec } from './variants.js';

/** Layer kinds whose output is piecewise linear in their input and parameters. */
export const PIECEWISE_LINEAR_KINDS: ReadonlySet<string> = new Set([
  'identity',
  'linear',
  'relu',
  'leaky-relu',
]);

/** Losses that are quadratic in the network's output. */
export const QUADRATIC_LOSSES: ReadonlySet<string> = new Set([
  'half-squared-error',
  'squared-error',
  'mean-squared-error',
]);

export type GradcheckStatus = 'equal' | 'differs' | 'kink' | 'approximate';

export interface GradcheckEntry<N> {
  /** The sample's number, from 1. */
  sample: number;
  place: Place;
  name: string;
  /** The backward pass's value and the central difference. */
  analytic: N;
  difference: N;
  status: GradcheckStatus;
  /** |difference − analytic| / max(|difference|, |analytic|), in float64. */
  relativeError: number;
  /** The input of a ReLU-like layer whose sign differs between v − h and v + h. */
  kink?: string;
}

export interface GradcheckReport<N> {
  /** Whether the difference quotient must equal the derivative exactly. */
  exact: boolean;
  step: N;
  entries: GradcheckEntry<N>[];
  /** Over the entries that cross no kink. */
  largestRelativeError: number;
  /** Entries that must be equal and are not. */
  failures: number;
}

/** Whether the central difference of this network must equal the derivative exactly. */
export function demandsEquality<N>(network: Network<N>): boolean {
  return (
    network.ar.kind === 'exact' &&
    network.specs.every((spec) => PIECEWISE_LINEAR_KINDS.has(spec.kind)) &&
    QUADRATIC_LOSSES.has(network.lossName)
  );
}

export function gradcheck<N>(
  network: Network<N>,
  traces: readonly Trace<N>[],
  step: N,
): GradcheckReport<N> {
  const exact = demandsEquality(network);
  const entries = traces.flatMap((trace, s) => checkSample(network, trace, s + 1, step, exact));
  const free = entries.filter((entry) => entry.status !== 'kink');
  return {
    exact,
    step,
    entries,
    largestRelativeError: Math.max(0, ...free.map((entry) => entry.relativeError)),
    failures: entries.filter((entry) => entry.status === 'differs').length,
  };
}

function checkSample<N>(
  network: Network<N>,
  trace: Trace<N>,
  sample: number,
  h: N,
  exact: boolean,
): GradcheckEntry<N>[] {
  const { ar } = network;
  const n = trace.layers.length;
  const entries: GradcheckEntry<N>[] = [];
  const add = (place: Place, analytic: N, plus: Trace<N>, minus: Trace<N>) => {
    const difference = ar.div(ar.sub(plus.loss, minus.loss), ar.add(h, h));
    const kink = crossing(network, plus, minus);
    const relativeError = relative(ar, difference, analytic);
    const same = ar.sign(ar.sub(difference, analytic)) === 0;
    const status: GradcheckStatus =
      exact && same ? 'equal' : kink ? 'kink' : exact ? 'differs' : 'approximate';
    const name = nameIn(trace, place);
    entries.push({ sample, place, name, analytic, difference, status, relativeError, kink });
  };

  // δ^k: move X^k_i and run layers k … n and the loss on it.
  for (let k = 1; k <= n + 1; k += 1) {
    const input = k <= n ? trace.layers[k - 1].input : trace.layers[n - 1].output;
    const delta = k <= n ? trace.layers[k - 1].delta : trace.lossDelta;
    const rest = fromLayer(network, k, input.length);
    input.forEach((_, i) => {
      const at = (sign: 1 | -1) => runSample(rest, moved(ar, input, i, h, sign), trace.y);
      add({ quantity: 'delta', k, index: [i] }, delta[i], at(1), at(-1));
    });
  }

  // δw^k and δb^k: move one parameter of L^k and run the whole network.
  for (const layer of trace.layers) {
    const spec = network.specs[layer.k - 1] as LayerState<N> & { weights?: N[][]; bias?: N[] };
    const run = (changed: object) => {
      const variant = withSpec(network, layer.k, { ...spec, ...changed } as LayerState<N>);
      return runSample(variant, trace.x, trace.y);
    };
    layer.weightGrad?.forEach((row, i) =>
      row.forEach((analytic, j) => {
        const at = (sign: 1 | -1) =>
          run({ weights: spec.weights!.map((w, r) => (r === i ? moved(ar, w, j, h, sign) : w)) });
        const place: Place = { quantity: 'weightGrad', k: layer.k, index: [i, j] };
        add(place, analytic, at(1), at(-1));
      }),
    );
    layer.biasGrad?.forEach((analytic, i) => {
      const at = (sign: 1 | -1) => run({ bias: moved(ar, spec.bias!, i, h, sign) });
      add({ quantity: 'biasGrad', k: layer.k, index: [i] }, analytic, at(1), at(-1));
    });
  }
  return entries;
}

function moved<N>(ar: Arithmetic<N>, values: readonly N[], i: number, h: N, sign: 1 | -1): N[] {
  const shift = (value: N) => (sign > 0 ? ar.add(value, h) : ar.sub(value, h));
  return values.map((value, j) => (j === i ? shift(value) : value));
}

/**
 * The first input of a layer with kinks whose sign is strictly opposite in the two runs. The
 * runs may cover layers k … n only; their L^1 is then the network's L^k.
 */
function crossing<N>(network: Network<N>, plus: Trace<N>, minus: Trace<N>): string | undefined {
  const { ar } = network;
  const offset = network.specs.length - plus.layers.length;
  for (const layer of plus.layers) {
    const k = layer.k + offset;
    const hasKinks = network.layers[k - 1].forward(layer.input).atKink !== undefined;
    if (!hasKinks) continue;
    const other = minus.layers[layer.k - 1].input;
    const i = layer.input.findIndex((value, j) => ar.sign(value) * ar.sign(other[j]) < 0);
    if (i >= 0) return layer.input.length === 1 ? `X^${k}` : `X^${k}_${i + 1}`;
  }
  return undefined;
}

function relative<N>(ar: Arithmetic<N>, a: N, b: N): number {
  const scale = Math.max(Math.abs(ar.toFloat(a)), Math.abs(ar.toFloat(b)));
  return scale === 0 ? 0 : Math.abs(ar.toFloat(ar.sub(a, b))) / scale;
}
