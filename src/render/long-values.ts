import type { Arithmetic } from '../numbers/index.js';
import { showValue, showVector } from './values.js';

/** The longest exact value written inside a table cell, in characters. */
export const LONGEST_IN_CELL = 48;

/** The widest line of a tuple drawn in a cell of the run table, in characters. */
export const WIDEST_IN_CELL = 60;

/** The most rows of a matrix drawn in a cell of the run table. */
export const ROWS_IN_CELL = 4;

const fits = (text: string) => text.split('\n').every((line) => line.length <= WIDEST_IN_CELL);

/**
 * Values for table cells, where an exact value longer than `LONGEST_IN_CELL` is replaced by a
 * reference (`[2]`) and written in full in `lines`, under the table. Thousands of digits in one
 * cell would make the table as wide, and cli-table3's width measure is quadratic in the length
 * of a cell of several lines.
 */
export class CellValues<N> {
  readonly lines: string[] = [];
  private references = 0;

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

  /**
   * A tuple for a cell of the run table, or, when a line of it would be wider than
   * `WIDEST_IN_CELL`, a pointer to `label = (…)` written in full under the table. A table as wide
   * as its widest tuple cannot be read on a screen, and cli-table3 measures every line of it.
   */
  vectorCell(values: readonly N[], label: string): string {
    if (values.length === 1) return this.value(values[0], label);
    const text = showVector(this.ar, values);
    if (fits(text)) return this.vector(values, (i) => indexed(label, i));
    this.below(label, text);
    return `${values.length} values, see ${label} below`;
  }

  /**
   * `heading:` and a matrix's rows, or, for more than `ROWS_IN_CELL` rows or a row wider than
   * `WIDEST_IN_CELL`, a pointer to the rows written under the table as `label row i = (…)`.
   */
  matrixCell(heading: string, rows: readonly N[][], label: string): string {
    const texts = rows.map((row) => showVector(this.ar, row));
    if (rows.length <= ROWS_IN_CELL && texts.every(fits)) {
      return `${heading}:\n${this.matrix(rows, (i, j) => indexed(label, i, j))}`;
    }
    texts.forEach((text, i) => this.below(`${label} row ${i + 1}`, text));
    return `${heading}: ${rows.length}×${rows[0]?.length ?? 0}, see ${label} below`;
  }

  /** One tuple per row; `name(i, j)` names the item of row i, column j. */
  matrix(rows: readonly N[][], name: (i: number, j: number) => string): string {
    return rows.map((row, i) => this.vector(row, (j) => name(i, j))).join('\n');
  }

  private isLong(value: N): boolean {
    return this.ar.isExact(value) && this.ar.format(value).length > LONGEST_IN_CELL;
  }

  /** `label = (…)`, and its decimal approximations, if any, aligned under it. */
  private below(label: string, text: string): void {
    const [exact, ...approximations] = text.split('\n');
    const indent = ' '.repeat(label.length);
    this.lines.push(`${label} = ${exact}`, ...approximations.map((line) => `${indent} ${line}`));
  }

  private refer(value: N, name: string): string {
    this.references += 1;
    const reference = `[${this.references}]`;
    this.lines.push(`${reference} ${name} = ${this.ar.format(value)}`);
    return reference;
  }
}

/** `W^2_1,3`: a name with its 1-based indices. */
export function indexed(name: string, ...indices: number[]): string {
  return `${name}_${indices.map((i) => i + 1).join(',')}`;
}
