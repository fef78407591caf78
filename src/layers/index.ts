import * as z from 'zod';
import { identity } from './identity.js';
import type { LayerKind } from './layer.js';
import { leakyRelu } from './leaky-relu.js';
import { linear } from './linear.js';
import { relu } from './relu.js';
import { sigmoid } from './sigmoid.js';
import { softmax } from './softmax.js';
import { softplus } from './softplus.js';
import { tanh } from './tanh.js';

export type * from './layer.js';
export * from './parameters.js';

/** Every layer kind, by the name a network file gives it. */
export const LAYER_KINDS = {
  identity,
  linear,
  relu,
  'leaky-relu': leakyRelu,
  sigmoid,
  tanh,
  softplus,
  softmax,
} as const;

export type LayerSpec = {
  [K in keyof typeof LAYER_KINDS]: (typeof LAYER_KINDS)[K] extends LayerKind<infer S> ? S : never;
}[keyof typeof LAYER_KINDS];

export const layerSchema = z.discriminatedUnion('kind', [
  identity.schema,
  linear.schema,
  relu.schema,
  leakyRelu.schema,
  sigmoid.schema,
  tanh.schema,
  softplus.schema,
  softmax.schema,
] as const);

export function kindOf<S extends LayerSpec>(spec: S): LayerKind<S> {
  return LAYER_KINDS[spec.kind] as unknown as LayerKind<S>;
}
