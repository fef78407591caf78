import { type Arithmetic, type Fraction, sum } from '../numbers/index.js';

export interface LossValue<N> {
  loss: N;
  /** δ^(n+1) = ∂Loss/∂X^(n+1), evaluated at X^(n+1) = o^n */
  delta: N[];
}

export { DomainError } from '../numbers/index.js';

export interface LossKind {
  readonly name: string;
  readonly summary: string;
  /** The formula, with X = X^(n+1) = o^n and y the expected output. */
  readonly formula: string;
  /** The formula of δ^(n+1). */
  readonly deltaFormula: string;
  /** Why `expected`, as the file gives it, cannot be this loss's target; undefined if it can. */
  checkExpected?(expected: readonly Fraction[]): string | undefined;
  /** Throws `DomainError` where `output` is outside the loss's domain. */
  evaluate<N>(ar: Arithmetic<N>, output: readonly N[], expected: readonly N[]): LossValue<N>;
}

/** `X_2`, or `X` for a single output: the notation of the formulas. */
export function place(name: string, i: number, size: number): string {
  return size === 1 ? name : `${name}_${i + 1}`;
}

/** X_i − y_i and Σ_i (X_i − y_i)², what the squared-error losses are made of. */
export function squaredDifferences<N>(
  ar: Arithmetic<N>,
  output: readonly N[],
  expected: readonly N[],
): { difference: N[]; total: N } {
  const difference = output.map((x, i) => ar.sub(x, expected[i]));
  return {
    difference,
    total: sum(
      ar,
      difference.map((d) => ar.mul(d, d)),
    ),
  };
}
