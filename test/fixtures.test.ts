import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNetwork, runSample, type Trace } from '../src/engine/index.js';
import { readNetwork } from '../src/network/index.js';
import { type Arithmetic, arithmeticOf, type NumberKind } from '../src/numbers/index.js';
import { fixture } from './helpers.js';

const EXAMPLES = readdirSync(fixture('.')).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.answers.json'),
);

function traces(name: string, kind: NumberKind) {
  const file = readNetwork(readFileSync(fixture(name), 'utf8'), name);
  const ar = arithmeticOf(kind);
  const network = buildNetwork(file, ar);
  const runs = file.samples.map((sample) =>
    runSample(network, sample.x.map(ar.fromExact), sample.y.map(ar.fromExact)),
  );
  return { ar, runs };
}

/** Every value of a trace as a float64, each with the name a reader would give it. */
function flatten<N>(ar: Arithmetic<N>, trace: Trace<N>): [string, number][] {
  const named = (name: string, list: readonly N[]) =>
    list.map((value, i): [string, number] => [`${name}_${i + 1}`, ar.toFloat(value)]);
  return [
    ['Loss', ar.toFloat(trace.loss)],
    ...named(`δ^${trace.layers.length + 1}`, trace.lossDelta),
    ...trace.layers.flatMap((layer) => [
      ...named(`o^${layer.k}`, layer.output),
      ...named(`δ^${layer.k}`, layer.delta),
      ...(layer.weightGrad ?? []).flatMap((row, i) => named(`δw^${layer.k}_${i + 1}`, row)),
      ...named(`δb^${layer.k}`, layer.biasGrad ?? []),
    ]),
  ];
}

/**
 * The values where |other − exact| > tolerance · |exact|. An exact 0 has no relative error:
 * there the bound is tolerance times the sample's largest value.
 */
function disagreements(exact: [string, number][], other: [string, number][], tolerance: number) {
  const scale = Math.max(...exact.map(([, e]) => Math.abs(e)));
  return exact.flatMap(([name, e], i) => {
    const bound = tolerance * (e === 0 ? scale : Math.abs(e));
    const found = other[i][1];
    return Math.abs(found - e) > bound ? [`${name}: ${found} against ${e}`] : [];
  });
}

describe.each(EXAMPLES)('the example %s', (name) => {
  const exact = traces(name, 'exact');

  it.each(['decimal', 'float'] as const)('runs in %s numbers like in exact ones', (kind) => {
    const { ar, runs } = traces(name, kind);
    const tolerance = kind === 'float' ? 1e-12 : 1e-35;

    exact.runs.forEach((trace, s) => {
      // A ReLU-like input exactly 0 in exact numbers may be a hair off 0 in others, on the
      // other side of the kink: there the kinds may rightly differ.
      if (trace.layers.some((layer) => layer.atKink)) return;
      const problems = disagreements(flatten(exact.ar, trace), flatten(ar, runs[s]), tolerance);
      expect(problems, `sample ${s + 1}`).toEqual([]);
    });
  });
});

it('has examples with no kink to compare', () => {
  const compared = EXAMPLES.filter((name) =>
    traces(name, 'exact').runs.some((trace) => trace.layers.every((layer) => !layer.atKink)),
  );

  expect(compared.length).toBeGreaterThanOrEqual(4);
});
