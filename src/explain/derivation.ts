/**
 * How a step of the backward pass is written out. A derivation is a chain of equations: a line
 * with a left-hand side starts an equation, a line without one goes on with "= …". The chain
 * reads formula, then the same formula with the numbers put in, then the result.
 */
import type { LayerState, LayerTrace } from '../engine/index.js';
import type { LossName } from '../losses/index.js';
import type { Arithmetic } from '../numbers/index.js';
import type { Expr, Inline } from './math.js';

export interface Line {
  lhs?: Expr;
  rhs: Expr;
}

export interface Derivation {
  lines: Line[];
  /** Sentences after the equations, such as the branch a ReLU takes. */
  notes?: Inline[];
}

export interface LayerContext<N> {
  ar: Arithmetic<N>;
  /** The k of L^k. */
  k: number;
  spec: LayerState<N>;
  /** X^k = o^(k-1), o^k, δ^k and the gradients, as the backward pass computed them. */
  layer: LayerTrace<N>;
  /** δ^(k+1) */
  outputDelta: readonly N[];
  /** For the last layer, L^n: the loss that takes its output, and the expected output y. */
  loss?: { name: LossName; expected: readonly N[] };
}

/** How one layer kind writes out δ^k and, if it has parameters, their gradients. */
export interface LayerExplainer {
  delta<N>(context: LayerContext<N>): Derivation;
  gradients?<N>(context: LayerContext<N>): Derivation[];
}

export interface LossContext<N> {
  ar: Arithmetic<N>;
  /** n, the number of layers: the loss takes X^(n+1) = o^n. */
  n: number;
  output: readonly N[];
  expected: readonly N[];
  loss: N;
  /** δ^(n+1) */
  delta: readonly N[];
}

/** How one loss writes out δ^(n+1). */
export interface LossExplainer {
  delta<N>(context: LossContext<N>): Derivation;
}

/** Drops a line that repeats the one before it, as "= 0" after "= 0". */
export function withoutRepeats(lines: Line[], render: (expr: Expr) => string): Line[] {
  return lines.filter((line, i) => {
    const before = lines[i - 1];
    return i === 0 || line.lhs !== undefined || render(line.rhs) !== render(before.rhs);
  });
}
