import { kindOf, type Layer, type LayerSpec } from '../layers/index.js';
import { LOSSES, type LossKind, type LossName } from '../losses/index.js';
import type { NetworkFile } from '../network/index.js';
import { type Arithmetic, type WithNumbers, withNumbers } from '../numbers/index.js';

/** A layer's specification with the backend's numbers: its parameters as they are now. */
export type LayerState<N> = WithNumbers<LayerSpec, N>;

/** A network ready to compute with one backend. */
export interface Network<N> {
  readonly ar: Arithmetic<N>;
  readonly input: number;
  readonly specs: readonly LayerState<N>[];
  readonly layers: readonly Layer<N>[];
  readonly lossName: LossName;
  readonly loss: LossKind;
}

export function buildNetwork<N>(file: NetworkFile, ar: Arithmetic<N>): Network<N> {
  const specs = file.layers.map((spec) => withNumbers(spec, ar.fromExact) as LayerState<N>);
  return withLayers(ar, file.input, specs, file.loss);
}

/** The same network with other parameters, as after a training step. */
export function withLayers<N>(
  ar: Arithmetic<N>,
  input: number,
  specs: readonly LayerState<N>[],
  lossName: LossName,
): Network<N> {
  const layers = specs.map((spec) => kindOf(spec as LayerSpec).build(spec as never, ar));
  return { ar, input, specs, layers, lossName, loss: LOSSES[lossName] };
}
