/**
 * The record of one sample's forward and backward pass. For the layer L^k (k = 1 … n):
 *   input = X^k = o^(k-1), output = o^k, delta = δ^k = ∂Loss/∂X^k,
 *   weightGrad = δw^k = ∂Loss/∂W^k and biasGrad = δb^k where L^k has parameters.
 * The loss takes X^(n+1) = o^n, and lossDelta = δ^(n+1).
 */
export interface LayerTrace<N> {
  /** The k of L^k, from 1. */
  k: number;
  input: N[];
  output: N[];
  delta: N[];
  weightGrad?: N[][];
  biasGrad?: N[];
  /** Indices i where X^k_i sits exactly on a kink of L^k. */
  atKink?: number[];
}

export interface Trace<N> {
  x: N[];
  y: N[];
  layers: LayerTrace<N>[];
  loss: N;
  lossDelta: N[];
}
