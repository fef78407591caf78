import { describe, expect, it } from 'vitest';
import { exactArithmetic, parseLiteral } from '../../src/numbers/index.js';
import { CellValues, indexed } from '../../src/render/long-values.js';

const ar = exactArithmetic();
// 1/(3 · (10^50 − 1)/9) = 3/(10^50 − 1) ≈ 3e-50; written out, 52 characters.
const long = parseLiteral(`1/${'3'.repeat(50)}`);

describe('values for table cells', () => {
  it('writes a short value in the cell, with its approximation', () => {
    const cells = new CellValues(ar);

    expect(cells.value(parseLiteral('-15/29'), 'x')).toBe('-15/29 ≈ -0.5172');
    expect(cells.lines).toEqual([]);
  });

  it('puts a long value under the table, and a reference in the cell', () => {
    const cells = new CellValues(ar);

    const text = cells.vector([parseLiteral('1/2'), long], (i) => indexed('W^2', 0, i));

    expect(text).toBe('(1/2, [1])\n≈ (0.5, 3e-50)');
    expect(cells.lines).toEqual([`[1] W^2_1,2 = 1/${'3'.repeat(50)}`]);
  });

  it('numbers the references of one table in order', () => {
    const cells = new CellValues(ar);

    cells.value(long, 'a');
    cells.value(long, 'b');

    expect(cells.lines.map((line) => line.slice(0, 6))).toEqual(['[1] a ', '[2] b ']);
  });
});
