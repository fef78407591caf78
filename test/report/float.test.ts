import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers.js';

const example = fixture('backward-pass.json');

// o^2 = W^2 · x in float64, summed in the order of the dot product: a second computation of
// what the report must find, with JavaScript's own numbers.
const w = [1 / 200, -3 / 11600, 1 / 5800];
const floatO2 = (x: number[]) => x.reduce((sum, value, j) => sum + w[j] * value, 0);

describe('deltaflow run --compare-float', () => {
  it('finds o^2 off zero in float64 for samples 1 and 3, as plain float arithmetic does', () => {
    expect(floatO2([100, 2000, 100]).toPrecision(2)).toBe('-3.5e-17');
    expect(floatO2([0, 2000, 3000]).toPrecision(2)).toBe('-1.1e-16');
    expect(floatO2([200, 0, 0])).toBe(1);
  });

  it('reports the other ReLU branch float64 takes, and δ^3 = 0, not -1, in sample 3', async () => {
    const { code, stdout } = await runCli([example, '--compare-float']);

    const report = stdout.slice(stdout.indexOf('Float64 against')).trimEnd().split('\n');
    const branch = (sample: number, x: number[]) =>
      `  sample ${sample}: o^2 = 0 exactly, ${floatO2(x)} (≈ ${floatO2(x).toPrecision(2)}) ` +
      'in float64, so float64 takes the other branch of L^3: derivative 0 instead of 1';
    expect(code).toBe(0);
    expect(report).toEqual([
      'Float64 against the exact values (beyond 1e-9 relative):',
      branch(1, [100, 2000, 100]),
      branch(3, [0, 2000, 3000]),
      '  sample 3: δ^1_1 = -1/200 exactly, 0 in float64',
      '  sample 3: δ^1_2 = 3/11600 exactly, 0 in float64',
      '  sample 3: δ^1_3 = -1/5800 exactly, 0 in float64',
      '  sample 3: δ^2_1 = -1/200 exactly, 0 in float64',
      '  sample 3: δ^2_2 = 3/11600 exactly, 0 in float64',
      '  sample 3: δ^2_3 = -1/5800 exactly, 0 in float64',
      '  sample 3: δw^2_(1,2) = -2000 exactly, 0 in float64',
      '  sample 3: δw^2_(1,3) = -3000 exactly, 0 in float64',
      '  sample 3: δ^3 = -1 exactly, 0 in float64',
    ]);
  });

  it('gives the same findings in JSON', async () => {
    const { stdout } = await runCli([example, '--compare-float', '-f', 'json']);

    const { branches, differences } = JSON.parse(stdout).compareFloat;
    expect(branches).toEqual([
      {
        sample: 1,
        k: 3,
        index: 0,
        name: 'o^2',
        exact: '0',
        float: floatO2([100, 2000, 100]),
        exactSlope: 1,
        floatSlope: 0,
      },
      {
        sample: 3,
        k: 3,
        index: 0,
        name: 'o^2',
        exact: '0',
        float: floatO2([0, 2000, 3000]),
        exactSlope: 1,
        floatSlope: 0,
      },
    ]);
    expect(
      differences.find((d: { name: string; sample: number }) => d.name === 'δ^3' && d.sample === 3),
    ).toMatchObject({ exact: '-1', float: 0 });
  });

  it('finds nothing when float64 is exact enough and takes every branch the same', async () => {
    const { stdout } = await runCli([fixture('two-layers.json'), '--compare-float']);

    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'Float64 against the exact values: every value within 1e-9 relative, every branch the same.',
    );
  });

  it('needs exact numbers to compare with', async () => {
    const result = await runCli([example, '--compare-float', '--numbers', 'float']);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'deltaflow: --compare-float compares float64 with exact fractions; ' +
        'it needs --numbers exact\n',
    });
  });
});

describe('the table at a kink', () => {
  it('marks o^2 and δ^3, says which convention applied and what the other gives', async () => {
    const { stdout } = await runCli([example]);

    const notes = stdout.split('\n').filter((line) => line.startsWith('†'));
    const applied =
      '† X^3 = 0 exactly: the derivative of L^3 there is taken as 1 ' +
      '(reluAtZero; PyTorch takes 0).';
    // δ^4 = 0 in sample 1, so nothing depends on the choice; in sample 3 δ^3 = δ^4 · 0 = 0
    expect(notes).toEqual([
      `${applied} Taken as 0, no value would change.`,
      `${applied} Taken as 0: δ^3 = 0, δw^2 = (0, 0, 0), δ^2 = (0, 0, 0), δ^1 = (0, 0, 0).`,
    ]);
    const third = stdout.slice(stdout.indexOf('Sample 3 of 3'));
    expect(third).toMatch(/│ 2 │ linear 1×3 +│ 0 † +│/);
    expect(third).toMatch(/│ 3 │ relu +│ 0 +│ -1 † +│/);
  });

  it('says what the other convention gives when the network takes 0 at 0', async () => {
    const network = JSON.stringify({
      input: 1,
      reluAtZero: 0,
      layers: [{ kind: 'relu' }],
      loss: 'half-squared-error',
      samples: [{ x: [0], y: [2] }],
    });

    const { stdout } = await runCli(['-'], network);

    // δ^2 = 0 − 2 = -2; with 1 at 0, δ^1 = δ^2 = -2
    expect(stdout).toContain(
      '† X^1 = 0 exactly: the derivative of L^1 there is taken as 0 ' +
        '(reluAtZero; PyTorch takes 0). Taken as 1: δ^1 = -2.',
    );
    expect(stdout).toMatch(/│ 0 │ input x +│ 0 † +│/);
  });
});
