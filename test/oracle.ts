/**
 * Helpers for checking values worked out elsewhere: by hand as fractions, or to 50 digits with
 * mpmath (`mp.dps = 50`), pasted here as text.
 */
import { bignumber } from 'mathjs';
import { expect } from 'vitest';
import type { Forward } from '../src/layers/index.js';
import { kindOf, type LayerSpec, layerSchema } from '../src/layers/index.js';
import { parseJson } from '../src/network/index.js';
import { type Arithmetic, parseLiteral, withNumbers } from '../src/numbers/index.js';

/** A layer from its network-file form, read as a network file is (JSON numbers kept as text). */
export function layerFrom<N>(json: Record<string, unknown>, ar: Arithmetic<N>) {
  const spec = layerSchema.parse(parseJson(JSON.stringify(json), 'layer')) as LayerSpec;
  return kindOf(spec).build(withNumbers(spec, ar.fromExact) as never, ar);
}

/** Literals as the backend's values. */
export function values<N>(ar: Arithmetic<N>, ...texts: string[]): N[] {
  return texts.map((text) => ar.fromExact(parseLiteral(text)));
}

/** A forward pass and its backward for one δ^(k+1), formatted, with the exactness of each. */
export function pass<N>(ar: Arithmetic<N>, forward: Forward<N>, outputDelta: readonly N[]) {
  const { delta } = forward.backward(outputDelta);
  return {
    output: forward.output.map(ar.format),
    delta: delta.map(ar.format),
    exact: { output: forward.output.map(ar.isExact), delta: delta.map(ar.isExact) },
  };
}

/** `actual` agrees with `expected` to `digits` significant digits (relative error). */
export function expectDigits(actual: string, expected: string, digits: number): void {
  const a = bignumber(actual);
  const e = bignumber(expected);
  const error = a.minus(e).abs().div(e.abs());
  expect(error.lte(bignumber(`1e-${digits}`)), `${actual} against ${expected}`).toBe(true);
}

export function expectAllDigits(actual: string[], expected: string[], digits: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expectDigits(value, expected[i], digits));
}
