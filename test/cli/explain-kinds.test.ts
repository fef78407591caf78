import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerState } from '../../src/engine/index.js';
import { generic as genericLayer } from '../../src/explain/layers/generic.js';
import { generic as genericLoss } from '../../src/explain/losses/generic.js';
import { DERIVED_KINDS, DERIVED_LOSSES, toText } from '../../src/explain/index.js';
import { LAYER_KINDS } from '../../src/layers/index.js';
import { LOSS_NAMES } from '../../src/losses/index.js';
import { exactArithmetic, type ExactValue, Fraction } from '../../src/numbers/index.js';
import { ROOT, runCli } from '../helpers.js';

const explain = async (network: object, ...argv: string[]) =>
  runCli(['explain', '-', ...argv], JSON.stringify(network));

// X^2 = 1 − 1 + 0 = 0, so o^2 = σ(0) = 1/2 exactly. With y = 1/4:
// δ^3 = (3/4)/(1/2) − (1/4)/(1/2) = 1, δ^2 = 1 · 1/2 · 1/2 = 1/4 = o^2 − y,
// Loss = −(1/4 ln 1/2 + 3/4 ln 1/2) = ln 2 ≈ 0.693147.
const SIGMOID = {
  input: 2,
  layers: [{ kind: 'linear', weights: [['1', '-1']], bias: ['0'] }, { kind: 'sigmoid' }],
  loss: 'binary-cross-entropy',
  samples: [{ x: [1, 1], y: ['1/4'] }],
};

const SIGMOID_TEXT = `Sample 1 of 1: x = (1, 1), y = 1/4, Loss ≈ 0.693147

δ^3 = ∂Loss/∂X^3, from the loss (binary-cross-entropy)
    δ^3 = (1 − y)/(1 − o^2) − y/o^2
        = (1 − 1/4)/(1 − 1/2) − (1/4)/(1/2)
        = 1

δ^2 = ∂Loss/∂X^2, through L^2 (sigmoid)
    δ^2 = δ^3 · σ(X^2)(1 − σ(X^2))
        = δ^3 · o^2 · (1 − o^2)
        = 1 · (1/2) · (1 − 1/2)
        = 1/4
    With binary-cross-entropy right after it, this is also δ^2 = o^2 − y = 1/2 − 1/4.

δ^1 = ∂Loss/∂X^1, through L^1 (linear 1×2 + b)
    δ^1 = δ^2 · W^1
        = (1/4) · (1, -1)
        = (1/4, -1/4)

Gradients of the parameters of L^1 (linear 1×2 + b)
    δw^1 = δ^2 · x
         = (1/4) · (1, 1)
         = (1/4, 1/4)
    δb^1 = δ^2
         = 1/4
`;

// Equal inputs: o = (1/3, 1/3, 1/3) exactly. δ^2 = −y/o = (0, -3, 0), Σ_i o_i δ^2_i = -1,
// δ^1 = o · (δ^2 + 1) = (1/3, -2/3, 1/3) = o − y. Loss = −ln(1/3) = ln 3 ≈ 1.09861.
const SOFTMAX = {
  input: 3,
  layers: [{ kind: 'softmax' }],
  loss: 'cross-entropy',
  samples: [{ x: [2, 2, 2], y: [0, 1, 0] }],
};

const SOFTMAX_TEXT = `Sample 1 of 1: x = (2, 2, 2), y = (0, 1, 0), Loss ≈ 1.09861

δ^2 = ∂Loss/∂X^2, from the loss (cross-entropy)
    δ^2_i = −y_i/o^1_i
    δ^2 = (0, −1/(1/3), 0)
        = (0, -3, 0)
    δ^2_i = 0 where y_i = 0: that term is left out of the loss.

δ^1 = ∂Loss/∂X^1, through L^1 (softmax)
    δ^1_j = o^1_j · (δ^2_j − Σ_i o^1_i · δ^2_i)
    Σ_i o^1_i · δ^2_i = (1/3) · 0 + (1/3) · (-3) + (1/3) · 0
                      = -1
    δ^1 = ((1/3) · (0 − (-1)), (1/3) · (-3 − (-1)), (1/3) · (0 − (-1)))
        = (1/3, -2/3, 1/3)
    With cross-entropy right after it, and y summing to 1, this is also \
δ^1 = o^1 − y = (1/3, 1/3, 1/3) − (0, 1, 0).
`;

// o^1 = (0, −2/10); tanh(0) = 0 exactly, tanh(−1/5) ≈ -0.197375 (by hand: −0.1973753202).
// δ^3 = 2 (o^2 − y) = (-2, 2 tanh(−1/5)); δ^2_2 = 2 tanh(−1/5)(1 − tanh²(1/5)) ≈ -0.379372;
// the leaky ReLU passes δ^2_1 = -2 at x_1 = 0 (slope 1 at 0) and scales δ^2_2 by 1/10.
const LEAKY_TANH = {
  input: 2,
  layers: [{ kind: 'leaky-relu', slope: '1/10' }, { kind: 'tanh' }],
  loss: 'squared-error',
  samples: [{ x: [0, -2], y: [1, 0] }],
};

const LEAKY_TANH_TEXT = `Sample 1 of 1: x = (0, -2), y = (1, 0), Loss ≈ 1.03896

δ^3 = ∂Loss/∂X^3, from the loss (squared-error)
    δ^3 = 2 · (o^2 − y)
        ≈ 2 · ((0, -0.197375) − (1, 0))
        ≈ (-2, -0.394751)

δ^2 = ∂Loss/∂X^2, through L^2 (tanh)
    δ^2_i = δ^3_i · (1 − tanh²(X^2_i))
          = δ^3_i · (1 − (o^2_i)²)
    δ^2 ≈ ((-2) · (1 − 0²), (-0.394751) · (1 − (-0.197375)²))
        ≈ (-2, -0.379372)

δ^1 = ∂Loss/∂X^1, through L^1 (leaky-relu a = 1/10)
    δ^1_i = δ^2_i if x_i ≥ 0 else (1/10) · δ^2_i
    δ^1 = (δ^2_1, (1/10) · δ^2_2)
        ≈ (-2, (1/10) · (-0.379372))
        ≈ (-2, -0.0379372)
    x_1 = 0 ≥ 0 (reluAtZero is 1: the slope at 0 is 1), so δ^1_1 = δ^2_1.
    x_2 = -2 < 0, so δ^1_2 = (1/10) · δ^2_2.
`;

describe('deltaflow explain, kind by kind', () => {
  it('writes sigmoid and binary cross-entropy at σ(0) = 1/2 exactly', async () => {
    expect(await explain(SIGMOID)).toEqual({ code: 0, stdout: SIGMOID_TEXT, stderr: '' });
  });

  it('marks rounded values with ≈ and leaves out the term of weight 0', async () => {
    // X^2 = 1: σ(1) = 0.7310585786…, 1/σ(1) = 1.3678794412…, σ(1) − 1 = -0.2689414214…
    const { stdout } = await explain(SIGMOID, '--input', '1,0', '--expected', '1');

    expect(stdout.split('\n\n').slice(1, 3)).toEqual([
      [
        'δ^3 = ∂Loss/∂X^3, from the loss (binary-cross-entropy)',
        '    δ^3 = (1 − y)/(1 − o^2) − y/o^2',
        '        ≈ −1/0.731059',
        '        ≈ -1.36788',
        '    y = 1: the term weighted by 1 − y = 0 is left out, as in the loss.',
      ].join('\n'),
      [
        'δ^2 = ∂Loss/∂X^2, through L^2 (sigmoid)',
        '    δ^2 = δ^3 · σ(X^2)(1 − σ(X^2))',
        '        = δ^3 · o^2 · (1 − o^2)',
        '        ≈ (-1.36788) · 0.731059 · (1 − 0.731059)',
        '        ≈ -0.268941',
        '    With binary-cross-entropy right after it, this is also δ^2 = o^2 − y ≈ 0.731059 − 1.',
      ].join('\n'),
    ]);
    expect(stdout).toMatch(/^Sample 1 of 1: x = \(1, 0\), y = 1, Loss ≈ 0\.313262$/m);
  });

  it("writes softmax's Jacobian–vector product and cross-entropy, δ = o − y", async () => {
    expect(await explain(SOFTMAX)).toEqual({ code: 0, stdout: SOFTMAX_TEXT, stderr: '' });
  });

  it('writes tanh and a leaky ReLU whose input is exactly 0', async () => {
    expect(await explain(LEAKY_TANH)).toEqual({ code: 0, stdout: LEAKY_TANH_TEXT, stderr: '' });
  });

  it('names the slope a at 0 when reluAtZero is 0', async () => {
    const network = { ...LEAKY_TANH, layers: [{ ...LEAKY_TANH.layers[0], reluAtZero: 0 }] };

    // δ^2 = 2 (o^1 − y) = 2 · ((0, -1/5) − (1, 0)) = (-2, -2/5), all exact.
    const { stdout } = await explain(network, '--layer', '1');

    expect(stdout.split('\n').slice(2)).toEqual([
      'δ^1 = ∂Loss/∂X^1, through L^1 (leaky-relu a = 1/10 (a at 0))',
      '    δ^1_i = δ^2_i if x_i > 0 else (1/10) · δ^2_i',
      '    δ^1 = ((1/10) · δ^2_1, (1/10) · δ^2_2)',
      '        = ((1/10) · (-2), (1/10) · (-2/5))',
      '        = (-1/5, -1/25)',
      '    x_1 = 0, not > 0 (reluAtZero is 0: the slope at 0 is a), so δ^1_1 = (1/10) · δ^2_1.',
      '    x_2 = -2 < 0, so δ^1_2 = (1/10) · δ^2_2.',
      '',
    ]);
  });

  it("writes softplus's derivative σ(X) with the value of σ put in", async () => {
    // σ(0) = 1/2; δ^2 = 2/1 · (ln 2 − 0) = 2 ln 2 ≈ 1.386294, so δ^1 = ln 2 ≈ 0.693147.
    const network = {
      input: 1,
      layers: [{ kind: 'softplus' }],
      loss: 'mean-squared-error',
      samples: [{ x: [0], y: [0] }],
    };

    const { stdout } = await explain(network, '--layer', '1');

    expect(stdout.split('\n').slice(2, 7)).toEqual([
      'δ^1 = ∂Loss/∂X^1, through L^1 (softplus)',
      '    δ^1 = δ^2 · σ(X^1)',
      '        ≈ 1.38629 · σ(0)',
      '        ≈ 1.38629 · (1/2)',
      '        ≈ 0.693147',
    ]);
  });

  it("writes the squared losses' δ with the numbers put in", async () => {
    // δ^2 = (2/2) · ((1, 3) − (0, 1)) = (1, 2)
    const network = {
      input: 2,
      layers: [{ kind: 'identity' }],
      loss: 'mean-squared-error',
      samples: [{ x: [1, 3], y: [0, 1] }],
    };

    const { stdout } = await explain(network, '--layer', '2');

    expect(stdout.split('\n').slice(2)).toEqual([
      'δ^2 = ∂Loss/∂X^2, from the loss (mean-squared-error)',
      '    δ^2 = 2/m · (o^1 − y)',
      '        = 2/2 · ((1, 3) − (0, 1))',
      '        = (1, 2)',
      '    m = 2, the number of outputs.',
      '',
    ]);
  });
});

describe('the general form, for kinds and losses added later', () => {
  const ar = exactArithmetic();
  const half = new Fraction(1n, 2n);
  const layer = { k: 2, input: [ar.one], output: [half], delta: [half] };

  it('leaves no ∂L/∂X symbol in a line with numbers', () => {
    // A kind the registry does not know, as one added later would be.
    const spec = { kind: 'new-kind' } as unknown as LayerState<ExactValue>;
    const context = { ar, k: 2, spec, layer, outputDelta: [ar.one] };
    const loss = genericLoss.delta({
      ar,
      n: 2,
      output: [half],
      expected: [ar.zero],
      loss: half,
      delta: [half],
    });
    const lines = [...genericLayer.delta(context).lines, ...loss.lines];

    const withNumbers = lines.filter((line) => JSON.stringify(line.rhs).includes('"number"'));
    expect(withNumbers.length).toBeGreaterThan(0);
    for (const line of withNumbers) {
      expect(toText(line.rhs)).not.toContain('∂');
    }
  });

  it('is needed by no kind or loss of today', () => {
    expect([...DERIVED_KINDS].sort()).toEqual(Object.keys(LAYER_KINDS).sort());
    expect([...DERIVED_LOSSES].sort()).toEqual([...LOSS_NAMES].sort());
  });

  it('is what the README lists as derived', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8').replace(/\s+/g, ' ');
    const list = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ');

    expect(readme).toContain(
      `explain derives every layer kind (${list(DERIVED_KINDS)}) ` +
        `and every loss (${list(DERIVED_LOSSES)}).`,
    );
  });
});
