import { describe, expect, it } from 'vitest';
import { buildNetwork, runSample } from '../../src/engine/index.js';
import { readNetwork } from '../../src/network/index.js';
import { decimalArithmetic, exactArithmetic, floatArithmetic } from '../../src/numbers/index.js';
import { expectAllDigits, expectDigits, layerFrom, pass, values } from '../oracle.js';

// mpmath, 50 digits, for X = (1, 2, 3): p = softmax(X), and J^T v for v = (1, 0, 0), where
// J_ij = p_i (1[i = j] − p_j)
const P = [
  '0.090030573170380457998022101484491797867930864911467',
  '0.24472847105479765247295961834076279719930007483797',
  '0.66524095577482188952901828017474540493276906025056',
];
const JACOBIAN_ROW_1 = [
  '0.081925069064993228445863875690250130026126579808236',
  '-0.022033044520174296034667540491145999986120325705684',
  '-0.059892024544818932411196335199104130040006254102553',
];
const MINUS_LN_P2 = '1.4076059644443803044829199045450704514729471083062';

describe('softmax', () => {
  it('gives 1/n exactly for equal inputs', () => {
    const ar = exactArithmetic();
    const forward = layerFrom({ kind: 'softmax' }, ar).forward(values(ar, '0', '0', '0'));

    expect(pass(ar, forward, values(ar, '1', '2', '3'))).toEqual({
      output: ['1/3', '1/3', '1/3'],
      // p ⊙ (v − p·v) = 1/3 (1 − 2, 2 − 2, 3 − 2); the shortcut p(1 − p) v gives 2/9 v
      delta: ['-1/3', '0', '1/3'],
      exact: { output: [true, true, true], delta: [true, true, true] },
    });
  });

  it('carries δ into every input, not only the one it came from', () => {
    const ar = exactArithmetic();
    const forward = layerFrom({ kind: 'softmax' }, ar).forward(values(ar, '5', '5'));

    // J = [[1/4, −1/4], [−1/4, 1/4]]
    expect(pass(ar, forward, values(ar, '1', '0')).delta).toEqual(['1/4', '-1/4']);
  });

  it('gives p and a row of its Jacobian to 40 digits', () => {
    const ar = exactArithmetic(40);
    const forward = layerFrom({ kind: 'softmax' }, ar).forward(values(ar, '1', '2', '3'));
    const result = pass(ar, forward, values(ar, '1', '0', '0'));

    expectAllDigits(result.output, P, 38);
    expectAllDigits(result.delta, JACOBIAN_ROW_1, 37);
  });

  it('agrees with a central difference of v · softmax(X) at 80 digits', () => {
    const ar = decimalArithmetic(80);
    const layer = layerFrom({ kind: 'softmax' }, ar);
    const x = values(ar, '1/2', '-1', '2', '0');
    const v = values(ar, '3', '-1', '2', '1/2');
    const h = values(ar, '1e-25')[0];
    const objective = (input: typeof x) =>
      layer.forward(input).output.reduce((total, p, i) => total.add(p.mul(v[i])), ar.zero);
    const delta = layer.forward(x).backward(v).delta;

    x.forEach((_, j) => {
      const shifted = (step: typeof h) => x.map((value, i) => (i === j ? value.add(step) : value));
      const slope = objective(shifted(h))
        .sub(objective(shifted(h.neg())))
        .div(h.mul(2));
      expectDigits(delta[j].toString(), slope.toString(), 40);
    });
  });

  it('is stable in float64 for large inputs', () => {
    const float = floatArithmetic();
    const forward = layerFrom({ kind: 'softmax' }, float).forward([1000, 1000]);

    expect(forward.output).toEqual([0.5, 0.5]);
  });
});

function network(inputs: number, samples: string): string {
  return `{ "input": ${inputs}, "layers": [{ "kind": "softmax" }], "loss": "cross-entropy",
    "samples": [${samples}] }`;
}

describe('softmax with cross-entropy', () => {
  it('gives δ = p − y into the softmax, exactly when p is exact', () => {
    const file = readNetwork(
      network(
        4,
        `{ "x": [0, 0, 0, 0], "y": [0, 1, 0, 0] },
      { "x": [0, 0, 0, 0], "y": ["1/2", "1/2", 0, 0] }`,
      ),
      'softmax.json',
    );
    const ar = exactArithmetic();
    const net = buildNetwork(file, ar);
    const [oneHot, spread] = file.samples.map((s) =>
      runSample(net, s.x.map(ar.fromExact), s.y.map(ar.fromExact)),
    );

    expect(oneHot.lossDelta.map(ar.format)).toEqual(['0', '-4', '0', '0']);
    expect(oneHot.layers[0].delta.map(ar.format)).toEqual(['1/4', '-3/4', '1/4', '1/4']);
    expect(spread.layers[0].delta.map(ar.format)).toEqual(['-1/4', '-1/4', '1/4', '1/4']);
    expectDigits(ar.format(oneHot.loss), '1.3862943611198906188344642429163531361510002687205', 39);
    expect(ar.isExact(oneHot.loss)).toBe(false);
  });

  it('gives δ = p − y and Loss = −ln p_2 for unequal inputs', () => {
    const file = readNetwork(network(3, '{ "x": [1, 2, 3], "y": [0, 1, 0] }'), 'softmax.json');
    const ar = exactArithmetic(40);
    const [sample] = file.samples;
    const trace = runSample(
      buildNetwork(file, ar),
      sample.x.map(ar.fromExact),
      sample.y.map(ar.fromExact),
    );
    const pMinusY = [P[0], `-0.75527152894520234752704038165923720280069992516203`, P[2]];

    expectAllDigits(trace.layers[0].delta.map(ar.format), pMinusY, 37);
    expectDigits(ar.format(trace.loss), MINUS_LN_P2, 38);
  });
});
