/** The same network with one thing changed, to see what that change would give. */
import { type LayerState, type Network, withLayers } from '../engine/index.js';
import type { LossKind } from '../losses/index.js';

/** A layer is ReLU-like when its specification carries `reluAtZero`, its derivative at 0. */
export function reluAtZeroOf<N>(spec: LayerState<N>): 0 | 1 | undefined {
  const value = (spec as { reluAtZero?: unknown }).reluAtZero;
  return value === 0 || value === 1 ? value : undefined;
}

/** The network with the derivative at 0 of the ReLU-like layers `ks` (from 1) set the other way. */
export function withOtherConvention<N>(network: Network<N>, ks: readonly number[]): Network<N> {
  const specs = network.specs.map((spec, index) => {
    const atZero = reluAtZeroOf(spec);
    if (atZero === undefined || !ks.includes(index + 1)) return spec;
    return { ...spec, reluAtZero: atZero === 1 ? 0 : 1 } as LayerState<N>;
  });
  return withLayers(network.ar, network.input, specs, network.lossName);
}

/** The network with layer k's specification replaced. */
export function withSpec<N>(network: Network<N>, k: number, spec: LayerState<N>): Network<N> {
  const specs = network.specs.map((old, index) => (index === k - 1 ? spec : old));
  return withLayers(network.ar, network.input, specs, network.lossName);
}

/** Layers k … n of the network alone, taking X^k as their input; k = n + 1 leaves the loss. */
export function fromLayer<N>(network: Network<N>, k: number, inputSize: number): Network<N> {
  return withLayers(network.ar, inputSize, network.specs.slice(k - 1), network.lossName);
}

/** The network with another loss, as a user who computed a different one would have. */
export function withLoss<N>(network: Network<N>, loss: LossKind): Network<N> {
  return { ...network, loss };
}
