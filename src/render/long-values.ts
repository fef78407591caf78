import type { Arithmetic } from '../numbers/index.js';
import { showValue, showVector } from './values.js';

/** The longest exact value written inside a table cell, in characters. */
export const LONGEST_IN_CELL = 48;

/**
 * Values for table cells, where an exact value longer than `LONGEST_IN_CELL` is replaced by a
 * reference (`[2]`) and written in full in `lines`, under the table. Thousands of digits in one
 * cell would make the table as wide, and cli-table3's width measure is quadratic in the length
 * of a cell of several lines.
 */
export class CellValues<N> {
  readonly lines: string[] = [];

  constructor(private readonly ar: Arithmetic<N>) {}

  /** `-15/29 ≈ -0.5172`, or `[1] ≈ -0.5172` with the value under the table. */
  value(value: N, name: string): string {
    if (!this.isLong(value)) return showValue(this.ar, value);
    return `${this.refer(value, name)} ≈ ${this.ar.approximate(value)}`;
  }

  /** A tuple, and its decimal approximations on a second line; `name(i)` names item i. */
  vector(values: readonly N[], name: (i: number) => string): string {
    if (values.length === 1) return this.value(values[0], name(0));
    if (!values.some((value) => this.isLong(value))) return showVector(this.ar, values);
    const texts = values.map((value, i) =>
      this.isLong(value) ? this.refer(value, name(i)) : this.ar.format(value),
    );
    return `(${texts.join(', ')})\n≈ (${values.map((v) => this.ar.approximate(v)).join(', ')})`;
  }

  /** One tuple per row; `name(i, j)` names the item of row i, column j. */
  matrix(rows: readonly N[][], name: (i: number, j: number) => string): string {
    return rows.map((row, i) => this.vector(row, (j) => name(i, j))).join('\n');
  }

  private isLong(value: N): boolean {
    return this.ar.isExact(value) && this.ar.format(value).length > LONGEST_IN_CELL;
  }

  private refer(value: N, name: string): string {
    const reference = `[${this.lines.length + 1}]`;
    this.lines.push(`${reference} ${name} = ${this.ar.format(value)}`);
    return reference;
  }
}

/** `W^2_1,3`: a name with its 1-based indices. */
export function indexed(name: string, ...indices: number[]): string {
  return `${name}_${indices.map((i) => i + 1).join(',')}`;
}
