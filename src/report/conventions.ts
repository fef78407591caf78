/**
 * What the other convention for the derivative at a kink would give. A ReLU-like layer whose
 * input is exactly 0 takes its derivative there as `reluAtZero` (1 by default); the values that
 * depend on that choice are those that change when the choice is flipped.
 */
import { type Network, runSample, type Trace } from '../engine/index.js';
import { computedValues, holderOf, placeName, valueAt } from './places.js';
import { reluAtZeroOf, withOtherConvention } from './variants.js';

export interface OtherConvention<N> {
  /** The k of the ReLU-like layer whose input sits on the kink. */
  k: number;
  /** The convention applied, and the other one. */
  applied: 0 | 1;
  other: 0 | 1;
  /** Each vector (or matrix) that the other convention changes, with what it would be. */
  changes: { name: string; values: N[] | N[][] }[];
}

/** For each ReLU-like layer of the trace with an input exactly at 0, the other convention. */
export function otherConventions<N>(network: Network<N>, trace: Trace<N>): OtherConvention<N>[] {
  const { ar } = network;
  return trace.layers.flatMap((layer) => {
    const applied = reluAtZeroOf(network.specs[layer.k - 1]);
    if (!layer.atKink?.length || applied === undefined) return [];
    const variant = runSample(withOtherConvention(network, [layer.k]), trace.x, trace.y);
    const changed = new Map<string, { name: string; values: N[] | N[][] }>();
    for (const { place, value } of computedValues(variant)) {
      const before = valueAt(trace, place);
      if (before !== undefined && ar.sign(ar.sub(value, before)) === 0) continue;
      const whole = { ...place, index: [] };
      const name = placeName(whole, 1);
      changed.set(name, { name, values: holderOf(variant, whole) ?? [] });
    }
    // In the order of the backward pass: δ^k before δ^(k-1)
    const changes = [...changed.values()].reverse();
    return [{ k: layer.k, applied, other: applied === 1 ? 0 : 1, changes }];
  });
}
