import type { Arithmetic } from '../numbers/index.js';

/** Colours and emphasis, decided by the CLI; renderers only say what is what. */
export interface Paint {
  heading(text: string): string;
  dim(text: string): string;
  mark(text: string): string;
}

export const PLAIN: Paint = { heading: (t) => t, dim: (t) => t, mark: (t) => t };

const isInteger = (text: string) => /^-?\d+$/.test(text);

/**
 * An approximate value in short. In an exact run it carries `≈`, so that it cannot be taken
 * for an exact one; in a decimal or float run every value is approximate and none carries it.
 */
function showApproximate<N>(ar: Arithmetic<N>, value: N): string {
  return `${ar.kind === 'exact' ? '≈ ' : ''}${ar.approximate(value)}`;
}

/** A value and, when it is not an integer, its decimal approximation: `-15/29 ≈ -0.5172`. */
export function showValue<N>(ar: Arithmetic<N>, value: N): string {
  if (!ar.isExact(value)) return showApproximate(ar, value);
  const text = ar.format(value);
  return isInteger(text) ? text : `${text} ≈ ${ar.approximate(value)}`;
}

/** A vector as a tuple; the decimal approximations, where they help, on a line of their own. */
export function showVector<N>(ar: Arithmetic<N>, values: readonly N[]): string {
  if (values.length === 1) return showValue(ar, values[0]);
  const texts = values.map((v) => (ar.isExact(v) ? ar.format(v) : showApproximate(ar, v)));
  const tuple = `(${texts.join(', ')})`;
  const needsDecimals = values.some((v) => ar.isExact(v) && !isInteger(ar.format(v)));
  if (!needsDecimals) return tuple;
  return `${tuple}\n≈ (${values.map((v) => ar.approximate(v)).join(', ')})`;
}

/** A matrix as one tuple per row. */
export function showMatrix<N>(ar: Arithmetic<N>, rows: readonly N[][]): string {
  return rows.map((row) => showVector(ar, row)).join('\n');
}

/** `mark` after the first line of `text`: a tuple's exact line, not its `≈` line below. */
export function markFirstLine(text: string, mark: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text + mark : text.slice(0, end) + mark + text.slice(end);
}
