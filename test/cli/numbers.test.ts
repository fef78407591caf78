import { describe, expect, it } from 'vitest';
import { fixture, runCli, spawnCli } from '../helpers.js';
import { expectDigits } from '../oracle.js';

/** The cells of the table row of L^k, first line of each: [k, layer, o^k, δ^k, gradients]. */
function row(table: string, k: number): string[] {
  const line = table.split('\n').find((text) => text.startsWith(`│ ${k} │`));
  if (!line) throw new Error(`no row ${k} in\n${table}`);
  return line
    .split('│')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('a network with a sigmoid output layer, in exact numbers', () => {
  it('shows exact o^k before the sigmoid and ≈ from the sigmoid on, in the table', async () => {
    const { code, stdout, stderr } = await runCli([fixture('sigmoid-output.json')]);
    const firstSample = stdout.split('\n\n')[0];

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const outputs = [1, 2, 3].map((k) => row(firstSample, k)[2]);

    expect(outputs).toEqual(['(1/2, 3/2)', '(1/2, 3/2)', '-4']);
    expect(row(firstSample, 4).slice(2, 4)).toEqual(['≈ 0.01799', '≈ -0.982']);
    expect(row(firstSample, 5).slice(2, 4)).toEqual(['Loss ≈ 4.018', '≈ -55.6']);
  });

  it('marks each value exact or not in the JSON', async () => {
    const { code, stdout } = await runCli([fixture('sigmoid-output.json'), '-f', 'json']);
    const [first] = JSON.parse(stdout).samples;

    expect(code).toBe(0);
    expect(first.o).toMatchObject({ 1: ['1/2', '3/2'], 2: ['1/2', '3/2'], 3: ['-4'] });
    expect(first.exact.o).toEqual({ 1: [true, true], 2: [true, true], 3: [true], 4: [false] });
    expect(first.exact.x).toEqual([true, true]);
    expect(first.exact.loss).toBe(false);
    expect(Object.values(first.exact.delta).flat()).not.toContain(true);
    // mpmath, 50 digits: σ(−4), and δ^5 = −1/σ(−4) = −(1 + e^4)
    expectDigits(first.o[4][0], '0.017986209962091558026793137949538424872485011879533', 38);
    expectDigits(first.delta[5][0], '-55.598150033144239078110261202860878402790737038614', 38);
  });

  it('marks nothing exact in the decimal and float kinds', async () => {
    for (const numbers of ['decimal', 'float']) {
      const { stdout } = await runCli([
        fixture('sigmoid-output.json'),
        '-f',
        'json',
        '--numbers',
        numbers,
      ]);
      const [first] = JSON.parse(stdout).samples;

      expect(first.exact.o[1]).toEqual([false, false]);
      expect(first.o[1]).toEqual(['0.5', '1.5']);
    }
  });

  it('computes to --precision digits', async () => {
    const { stdout } = await runCli([
      fixture('sigmoid-output.json'),
      '-f',
      'json',
      '--precision',
      '12',
    ]);
    const output = JSON.parse(stdout);

    expect(output.precision).toBe(12);
    expect(output.samples[0].o[4]).toEqual(['0.0179862099621']);
  });
});

describe('errors in the new layers and losses', () => {
  it('names the sample whose output is outside the loss', async () => {
    const network = JSON.stringify({
      input: 1,
      layers: [{ kind: 'identity' }],
      loss: 'binary-cross-entropy',
      samples: [
        { x: ['1/2'], y: [1] },
        { x: [2], y: [1] },
      ],
    });
    const result = await runCli(['-'], network);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: (stdin): samples[1]: binary-cross-entropy: X = 2 is not a probability\n',
    });
  });

  it('names a target that is not a probability vector', async () => {
    const network = JSON.stringify({
      input: 2,
      layers: [{ kind: 'softmax' }],
      loss: 'cross-entropy',
      samples: [{ x: [1, 2], y: ['1/2', '1/3'] }],
    });

    expect(await runCli(['-'], network)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: (stdin): samples[0].y: sums to 5/6, not 1\n',
    });
    const withoutSamples = JSON.stringify({
      input: 2,
      layers: [{ kind: 'softmax' }],
      loss: 'cross-entropy',
    });
    const given = await runCli(['-', '--input', '0,0', '--expected', '2,-1'], withoutSamples);
    expect(given.stderr).toBe('deltaflow: --expected: y_2 is negative\n');
  });

  it('names an unknown layer kind and lists the new ones, from the built command', () => {
    const network = JSON.stringify({ input: 1, layers: [{ kind: 'gelu' }], loss: 'squared-error' });
    const result = spawnCli(['-'], network);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'deltaflow: (stdin): layers[0].kind: unknown layer kind "gelu"; the layer kinds ' +
        'are identity, linear, relu, leaky-relu, sigmoid, tanh, softplus, softmax\n',
    });
  });

  it("applies the file's reluAtZero to a leaky ReLU", async () => {
    const network = JSON.stringify({
      input: 1,
      reluAtZero: 0,
      layers: [{ kind: 'leaky-relu', slope: '1/8' }],
      loss: 'half-squared-error',
      samples: [{ x: [0], y: [-2] }],
    });
    const { stdout } = await runCli(['-', '-f', 'json'], network);

    // δ^2 = X − y = 2; δ^1 = 2 · a = 1/4
    expect(JSON.parse(stdout).samples[0].delta).toEqual({ 1: ['1/4'], 2: ['2'] });
  });
});

describe('deltaflow run --help', () => {
  it('lists every layer kind and loss with its formula', async () => {
    const { code, stdout } = await runCli(['run', '--help']);

    expect(code).toBe(0);
    expect(stdout).toContain('  softmax: o_i = e^X_i / Σ_j e^X_j\n');
    expect(stdout).toContain('  mean-squared-error: Loss = (1/m) Σ_i (X_i − y_i)²\n');
    expect(stdout).toContain('  leaky-relu: o_i = X_i if X_i ≥ 0 else a · X_i\n');
  });
});

describe('usage errors of the run command', () => {
  it('exit with code 2 and a message on the given stderr', async () => {
    const argv = [fixture('backward-pass.json'), '--numbers', 'real'];
    const { code, stdout, stderr } = await runCli(argv);

    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^deltaflow: option '--numbers <kind>' argument 'real' is invalid/);
  });
});
