/**
 * A place in a trace: which value of one sample's pass, in the notation of the trace types.
 * `index` is 0-based in code; places are shown 1-based, as the reference article writes them.
 */
import type { Trace } from '../engine/index.js';

export type Quantity = 'x' | 'y' | 'o' | 'delta' | 'weightGrad' | 'biasGrad' | 'loss';

export interface Place {
  quantity: Quantity;
  /** The k of o^k, δ^k, δw^k, δb^k; absent for x, y and the loss. */
  k?: number;
  /** [i] in a vector, [i, j] in the weights; [] for the loss. */
  index: number[];
}

const SYMBOLS: Record<Quantity, string> = {
  x: 'x',
  y: 'y',
  o: 'o',
  delta: 'δ',
  weightGrad: 'δw',
  biasGrad: 'δb',
  loss: 'Loss',
};

/**
 * `δ^3` for a vector of one value, `δ^2_1` in a longer one, `δw^2_(1,3)` in the weights.
 * `size` is the length of the vector (or the number of entries of the matrix) at the place.
 */
export function placeName(place: Place, size: number): string {
  const symbol = SYMBOLS[place.quantity] + (place.k === undefined ? '' : `^${place.k}`);
  if (place.index.length === 0 || size === 1) return symbol;
  const [i, j] = place.index;
  return j === undefined ? `${symbol}_${i + 1}` : `${symbol}_(${i + 1},${j + 1})`;
}

/** The vector (or matrix) that holds the place, or undefined when the trace has none there. */
export function holderOf<N>(trace: Trace<N>, place: Omit<Place, 'index'>): N[] | N[][] | undefined {
  const n = trace.layers.length;
  const { k } = place;
  const layer = k === undefined ? undefined : trace.layers[k - 1];
  switch (place.quantity) {
    case 'x':
      return trace.x;
    case 'y':
      return trace.y;
    case 'loss':
      return [trace.loss];
    case 'o':
      return layer?.output;
    case 'delta':
      return k === n + 1 ? trace.lossDelta : layer?.delta;
    case 'weightGrad':
      return layer?.weightGrad;
    case 'biasGrad':
      return layer?.biasGrad;
  }
}

/** The value at a place, or undefined when the trace has no such place. */
export function valueAt<N>(trace: Trace<N>, place: Place): N | undefined {
  const holder = holderOf(trace, place);
  if (place.quantity === 'loss') return trace.loss;
  const [i, j] = place.index;
  const item = holder?.[i];
  if (j === undefined) return Array.isArray(item) ? undefined : item;
  return Array.isArray(item) ? item[j] : undefined;
}

/** How many values the vector or matrix at the place holds, for its name. */
export function sizeAt<N>(trace: Trace<N>, place: Place): number {
  const holder = holderOf(trace, place) ?? [];
  return holder.reduce<number>((total, item) => total + (Array.isArray(item) ? item.length : 1), 0);
}

/** Every computed value of a trace, in the order of the table: o^k, δ^k, δw^k, δb^k, loss. */
export function computedValues<N>(trace: Trace<N>): { place: Place; value: N }[] {
  const values: { place: Place; value: N }[] = [];
  const vector = (quantity: Quantity, k: number, items: readonly N[] | undefined) =>
    items?.forEach((value, i) => values.push({ place: { quantity, k, index: [i] }, value }));
  for (const layer of trace.layers) {
    vector('o', layer.k, layer.output);
    vector('delta', layer.k, layer.delta);
    layer.weightGrad?.forEach((row, i) =>
      row.forEach((value, j) =>
        values.push({ place: { quantity: 'weightGrad', k: layer.k, index: [i, j] }, value }),
      ),
    );
    vector('biasGrad', layer.k, layer.biasGrad);
  }
  vector('delta', trace.layers.length + 1, trace.lossDelta);
  values.push({ place: { quantity: 'loss', index: [] }, value: trace.loss });
  return values;
}

/** The name of a place in a trace: `δ^3`, `δ^2_1`. */
export function nameIn<N>(trace: Trace<N>, place: Place): string {
  return placeName(place, sizeAt(trace, place));
}
