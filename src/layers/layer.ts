/**
 * What every layer kind provides. Vocabulary (the reference article's notation):
 *   X^k      the input of layer L^k, `input` in code; X^1 = x, the sample's input
 *   o^k      its output, `output`; o^k = L^k(o^(k-1)) = X^(k+1)
 *   δ^k      ∂Loss/∂X^k evaluated on the sample, `delta`; δ^(n+1) comes from the loss
 *   δw^k     ∂Loss/∂W^k, `weightGrad`, the shape of the weights; δb^k, `biasGrad`
 */
import type * as z from 'zod';
import type { Arithmetic, WithNumbers } from '../numbers/index.js';

/** The trainable parameters a layer may have, by their names in the network file. */
export interface Parameters<N> {
  weights?: N[][];
  bias?: N[];
}

export interface Gradients<N> {
  /** δ^k = ∂Loss/∂X^k */
  delta: N[];
  weightGrad?: N[][];
  biasGrad?: N[];
}

export interface Forward<N> {
  output: N[];
  /** Indices i where X_i sits exactly on a kink, so that δ_i depends on a convention. */
  atKink?: number[];
  /** Takes δ^(k+1) = ∂Loss/∂o^k; reads only what this forward pass saved. */
  backward(outputDelta: readonly N[]): Gradients<N>;
}

export interface Layer<N> {
  forward(input: readonly N[]): Forward<N>;
}

/** Reports a problem at a path relative to the layer's object. */
export type Report = (path: (string | number)[], message: string) => void;

export interface LayerKind<Spec extends { kind: string }> {
  readonly kind: Spec['kind'];
  /** One line for the help text and the README. */
  readonly summary: string;
  /** The formula of o = L(X), in the article's notation. */
  readonly formula: string;
  readonly schema: z.ZodType<Spec, unknown> & z.core.$ZodTypeDiscriminable;
  /** The size of o for an input of `inputSize`, reporting any dimension that does not fit. */
  outputSize(spec: Spec, inputSize: number, report: Report): number;
  /** A short description of one layer of this kind, for the table: `linear 1×3`. */
  describe(spec: Spec): string;
  build<N>(spec: WithNumbers<Spec, N>, ar: Arithmetic<N>): Layer<N>;
}
