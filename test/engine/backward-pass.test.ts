import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNetwork, runSample, type Trace } from '../../src/engine/index.js';
import { readNetwork } from '../../src/network/index.js';
import { type Arithmetic, exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { fixture } from '../helpers.js';

const path = fixture('backward-pass.json');
const file = readNetwork(readFileSync(path, 'utf8'), path);

function traces<N>(ar: Arithmetic<N>): Trace<N>[] {
  const network = buildNetwork(file, ar);
  return file.samples.map((s) => runSample(network, s.x.map(ar.fromExact), s.y.map(ar.fromExact)));
}

const exact = exactArithmetic();
const [first, second, third] = traces(exact);
const show = (values: readonly unknown[]) => values.map((v) => exact.format(v as never));

describe('the bundled example, exactly', () => {
  it('third sample, x = (0, 2000, 3000), y = 1: forward', () => {
    expect(show(third.layers[0].output)).toEqual(['0', '2000', '3000']);
    // 0/200 − 2000·3000/11600000 + 3000/5800 = −15/29 + 15/29 = 0
    expect(show(third.layers[1].output)).toEqual(['0']);
    expect(show(third.layers[2].output)).toEqual(['0']);
    expect(exact.format(third.loss)).toBe('1/2');
  });

  it('third sample: backward', () => {
    expect(show(third.lossDelta)).toEqual(['-1']); // δ^4 = o^3 − y = 0 − 1
    expect(show(third.layers[2].delta)).toEqual(['-1']); // o^2 = 0 ≥ 0, so δ^3 = δ^4
    expect(show(third.layers[1].delta)).toEqual(['-1/200', '3/11600', '-1/5800']);
    expect(show(third.layers[0].delta)).toEqual(['-1/200', '3/11600', '-1/5800']);
    expect(third.layers[1].weightGrad?.map(show)).toEqual([['0', '-2000', '-3000']]);
  });

  it('first sample, x = (100, 2000, 100), y = 0: o^2 = 0 and every δ is 0', () => {
    // 100/200 − 2000·3/11600 + 100/5800 = 1/2 − 15/29 + 1/58 = 0
    expect(show(first.layers[1].output)).toEqual(['0']);
    expect(exact.format(first.loss)).toBe('0');
    expect(show(first.lossDelta)).toEqual(['0']);
    for (const layer of first.layers) expect(show(layer.delta).every((d) => d === '0')).toBe(true);
    expect(first.layers[1].weightGrad?.map(show)).toEqual([['0', '0', '0']]);
  });

  it('second sample, x = (200, 0, 0), y = 1: o^2 = 1, a loss of 0', () => {
    expect(show(second.layers[1].output)).toEqual(['1']);
    expect(exact.format(second.loss)).toBe('0');
  });

  it('marks the ReLU inputs that are exactly 0', () => {
    expect([first, second, third].map((t) => t.layers[2].atKink)).toEqual([[0], undefined, [0]]);
  });
});

describe('the same sums in float64', () => {
  it('miss 0, so ReLU takes the other branch and δ^3 = 0 instead of −1', () => {
    // Written out as a float64 program would: 1/200·x1 + (−3000/11600000)·x2 + 1/5800·x3.
    const neuron = (x: number[]) =>
      (1 / 200) * x[0] + (-3000 / 11600000) * x[1] + (1 / 5800) * x[2];
    expect(neuron([100, 2000, 100])).not.toBe(0);
    expect(neuron([0, 2000, 3000])).not.toBe(0);
    expect(neuron([0, 2000, 3000])).toBeLessThan(0);

    const [floatFirst, , floatThird] = traces(floatArithmetic());
    expect(floatFirst.layers[1].output[0]).toBeLessThan(0);
    expect(floatThird.layers[1].output[0]).toBeLessThan(0);
    expect(Math.abs(floatThird.layers[2].delta[0])).toBe(0); // −1 · 0 is −0 in float64
    expect(show(third.layers[2].delta)).toEqual(['-1']);
  });
});
