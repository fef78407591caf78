import type { Arithmetic } from '../numbers/index.js';

export interface LossValue<N> {
  loss: N;
  /** δ^(n+1) = ∂Loss/∂X^(n+1), evaluated at X^(n+1) = o^n */
  delta: N[];
}

export interface LossKind {
  readonly name: string;
  readonly summary: string;
  /** The formula, with X = X^(n+1) = o^n and y the expected output. */
  readonly formula: string;
  /** The formula of δ^(n+1). */
  readonly deltaFormula: string;
  evaluate<N>(ar: Arithmetic<N>, output: readonly N[], expected: readonly N[]): LossValue<N>;
}
