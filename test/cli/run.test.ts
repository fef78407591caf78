import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, spawnCli } from '../helpers.js';

const example = 'fixtures/backward-pass.json';
const ESC = '\u001b[';

describe('deltaflow run --format json', () => {
  it('gives the third sample of the bundled example exactly', async () => {
    const { code, stdout, stderr } = await runCli([fixture('backward-pass.json'), '-f', 'json']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const third = JSON.parse(stdout).samples[2];
    expect(third.x).toEqual(['0', '2000', '3000']);
    expect(third.y).toEqual(['1']);
    expect(third.o).toEqual({ 1: ['0', '2000', '3000'], 2: ['0'], 3: ['0'] });
    expect(third.loss).toBe('1/2');
    expect(third.delta).toEqual({
      1: ['-1/200', '3/11600', '-1/5800'],
      2: ['-1/200', '3/11600', '-1/5800'],
      3: ['-1'],
      4: ['-1'],
    });
    expect(third.weightGrad).toEqual({ 2: [['0', '-2000', '-3000']] });
    expect(third.biasGrad).toEqual({});
  });

  it('describes the network it ran', async () => {
    const { stdout } = await runCli([fixture('backward-pass.json'), '--format', 'json']);
    const { numbers, network } = JSON.parse(stdout);

    expect(numbers).toBe('exact');
    expect(network.loss).toEqual({
      name: 'half-squared-error',
      formula: 'Loss = ½ Σ_i (X_i − y_i)²',
      deltaFormula: 'δ_i = X_i − y_i',
    });
    expect(network.layers.map((l: { description: string }) => l.description)).toEqual([
      'identity',
      'linear 1×3',
      'relu',
    ]);
  });

  it('runs the one sample of --input and --expected, numbers written as in a file', async () => {
    const { code, stdout } = await runCli([
      fixture('backward-pass.json'),
      '--input',
      '0, 2 000, 3e3',
      '--expected',
      '1/1',
      '-f',
      'json',
    ]);

    expect(code).toBe(0);
    const { samples } = JSON.parse(stdout);
    expect(samples).toHaveLength(1);
    expect(samples[0].delta[3]).toEqual(['-1']);
  });

  it('reads the network from standard input with -', async () => {
    const text = readFileSync(fixture('backward-pass.json'), 'utf8');
    const { code, stdout } = await runCli(['run', '-', '-f', 'json'], text);

    expect(code).toBe(0);
    expect(JSON.parse(stdout).samples[2].loss).toBe('1/2');
  });

  it('reads 0.1 as 1/10 and 1e-7 as 1/10000000, not as floats', async () => {
    const network = JSON.stringify({
      input: 2,
      layers: [{ kind: 'linear', weights: [['0.1', '1e-7']], bias: ['0.2'] }],
      loss: 'half-squared-error',
      samples: [{ x: [1, 1], y: [0] }],
    }).replace(/"(0\.1|1e-7|0\.2)"/g, '$1'); // JSON numbers, not strings
    const { stdout } = await runCli(['-', '-f', 'json'], network);

    // 1/10 + 1/10000000 + 2/10 = 3000001/10000000
    expect(JSON.parse(stdout).samples[0].o[1]).toEqual(['3000001/10000000']);
  });
});

describe('the built command', () => {
  it('prints a table per sample, exact values with decimals beside them', () => {
    const { code, stdout, stderr } = spawnCli([example]);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Sample 3 of 3: x = (0, 2000, 3000), y = 1');
    // o^2 = 0 is the input of the ReLU at its kink: marked † like δ^3
    expect(stdout).toMatch(/│ 2 │ linear 1×3 +│ 0 † +│ \(-1\/200, 3\/11600, -1\/5800\) +│ δw: +│/);
    expect(stdout).toContain('≈ (-0.005, 0.0002586, -0.0001724)');
    expect(stdout).toMatch(/│ 4 │ loss: half-squared-error +│ Loss = 1\/2 ≈ 0.5 +│ -1 +│/);
    expect(stdout).toContain('(0, -2000, -3000)');
    expect(stdout).toContain(
      '† X^3 = 0 exactly: the derivative of L^3 there is taken as 1 (reluAtZero; PyTorch takes 0).',
    );
    expect(stdout).not.toContain(ESC);
  });

  it('gives the same JSON as the in-process run', async () => {
    const spawned = spawnCli([example, '--format', 'json']);
    const inProcess = await runCli([fixture('backward-pass.json'), '--format', 'json']);
    expect(spawned.stdout).toBe(inProcess.stdout);
  });

  it('colours only when asked: --color, or FORCE_COLOR, and never under NO_COLOR', () => {
    expect(spawnCli([example, '--color']).stdout).toContain(ESC);
    expect(spawnCli([example], '', { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(spawnCli([example], '', { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(spawnCli([example, '--no-color'], '', { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(spawnCli([example, '--format', 'json', '--color']).stdout).not.toContain(ESC);
  });

  it('colours nothing but the text: without its escape codes, the table is the plain one', () => {
    const coloured = spawnCli([example, '--color']).stdout;
    const plain = spawnCli([example]).stdout;
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it.each([[['train', example, '--lr', '1e-7']], [[example, '--compare-float', '--gradcheck']]])(
    'colours %j without changing its text',
    (argv) => {
      const coloured = spawnCli([...argv, '--color']).stdout;
      expect(coloured).toContain(ESC);
      expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(spawnCli(argv).stdout);
    },
  );

  it('ends quietly when the reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `node bin/deltaflow.cjs ${example} | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });

    expect(result.stdout).toBe('Sample 1 of 3: x = (100, 2000, 100), y = 0\n');
    expect(result.stderr).toBe('');
  });

  it('prints the JSON Schema of the network file', () => {
    const { code, stdout } = spawnCli(['schema']);
    const schema = JSON.parse(stdout);

    expect(code).toBe(0);
    expect(schema.required).toEqual(['input', 'layers', 'loss']);
    expect(schema.properties.loss.enum).toEqual([
      'half-squared-error',
      'squared-error',
      'mean-squared-error',
      'binary-cross-entropy',
      'cross-entropy',
    ]);
  });
});

/** The network of one sample: a file as a user would write it. */
const oneSample = (input: number, layers: unknown[], x: unknown[], y: unknown[]) =>
  JSON.stringify({ input, layers, loss: 'half-squared-error', samples: [{ x, y }] });

describe('deltaflow run: values that do not fit in a cell go under the table', () => {
  it('writes a δw of more rows than a cell shows as one labelled line per row', async () => {
    // o^1 = W·x = (1, 2, 3, 4, 5)/2 = δ^2; δ^1 = Σ_i W_i·δ^2_i = (1 + 4 + 9 + 16 + 25)/2;
    // δw^1_i = δ^2_i · x = i/4; Loss = ½ Σ_i (i/2)² = 55/8
    const network = oneSample(
      1,
      [{ kind: 'linear', weights: [[1], [2], [3], [4], [5]] }],
      ['1/2'],
      [0, 0, 0, 0, 0],
    );
    const { code, stdout, stderr } = await runCli(['-'], network);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'Sample 1 of 1: x = 1/2, y = (0, 0, 0, 0, 0)',
        '┌───┬────────────────────────────┬─────────────────────────┬─────────────────────────' +
          '┬─────────────────────────┐',
        '│ k │ layer L^k                  │ o^k = L^k(o^(k-1))      │ δ^k = ∂Loss/∂X^k        ' +
          '│ δw^k, δb^k              │',
        '├───┼────────────────────────────┼─────────────────────────┼─────────────────────────' +
          '┼─────────────────────────┤',
        '│ 0 │ input x                    │ 1/2 ≈ 0.5               │                         ' +
          '│                         │',
        '├───┼────────────────────────────┼─────────────────────────┼─────────────────────────' +
          '┼─────────────────────────┤',
        '│ 1 │ linear 5×1                 │ (1/2, 1, 3/2, 2, 5/2)   │ 55/2 ≈ 27.5             ' +
          '│ δw: 5×1, see δw^1 below │',
        '│   │ o_i = Σ_j W_ij · X_j + b_i │ ≈ (0.5, 1, 1.5, 2, 2.5) │                         ' +
          '│                         │',
        '├───┼────────────────────────────┼─────────────────────────┼─────────────────────────' +
          '┼─────────────────────────┤',
        '│ 2 │ loss: half-squared-error   │ Loss = 55/8 ≈ 6.875     │ (1/2, 1, 3/2, 2, 5/2)   ' +
          '│                         │',
        '│   │ Loss = ½ Σ_i (X_i − y_i)²  │                         │ ≈ (0.5, 1, 1.5, 2, 2.5) ' +
          '│                         │',
        '│   │ δ_i = X_i − y_i            │                         │                         ' +
          '│                         │',
        '└───┴────────────────────────────┴─────────────────────────┴─────────────────────────' +
          '┴─────────────────────────┘',
        'δw^1 row 1 = 1/4 ≈ 0.25',
        'δw^1 row 2 = 1/2 ≈ 0.5',
        'δw^1 row 3 = 3/4 ≈ 0.75',
        'δw^1 row 4 = 1',
        'δw^1 row 5 = 5/4 ≈ 1.25',
        '',
      ].join('\n'),
    );
  });

  it('writes a tuple wider than a cell under it, with its decimals and † kept', async () => {
    // x_i = (i − 1)/7 ≥ 0, so relu passes x and δ^1 = δ^2 = x − y = x; X^1_1 = 0 is the kink,
    // where either convention multiplies δ^2_1 = 0. Loss = ½ (0² + … + 9²)/49 = 285/98.
    const x = [0, '1/7', '2/7', '3/7', '4/7', '5/7', '6/7', 1, '8/7', '9/7'];
    const network = oneSample(10, [{ kind: 'relu' }], x, Array(10).fill(0));
    const { code, stdout } = await runCli(['-'], network);

    const tuple = '(0, 1/7, 2/7, 3/7, 4/7, 5/7, 6/7, 1, 8/7, 9/7)';
    const decimals = '≈ (0, 0.1429, 0.2857, 0.4286, 0.5714, 0.7143, 0.8571, 1, 1.143, 1.286)';
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `Sample 1 of 1: x = ${tuple}, y = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`,
        '┌───┬─────────────────────────────┬──────────────────────────' +
          '┬────────────────────────────┬────────────┐',
        '│ k │ layer L^k                   │ o^k = L^k(o^(k-1))       ' +
          '│ δ^k = ∂Loss/∂X^k           │ δw^k, δb^k │',
        '├───┼─────────────────────────────┼──────────────────────────' +
          '┼────────────────────────────┼────────────┤',
        '│ 0 │ input x                     │ 10 values, see x below † ' +
          '│                            │            │',
        '├───┼─────────────────────────────┼──────────────────────────' +
          '┼────────────────────────────┼────────────┤',
        '│ 1 │ relu                        │ 10 values, see o^1 below ' +
          '│ 10 values, see δ^1 below † │            │',
        '│   │ o_i = X_i if X_i ≥ 0 else 0 │                          ' +
          '│                            │            │',
        '├───┼─────────────────────────────┼──────────────────────────' +
          '┼────────────────────────────┼────────────┤',
        '│ 2 │ loss: half-squared-error    │ Loss = 285/98 ≈ 2.908    ' +
          '│ 10 values, see δ^2 below   │            │',
        '│   │ Loss = ½ Σ_i (X_i − y_i)²   │                          ' +
          '│                            │            │',
        '│   │ δ_i = X_i − y_i             │                          ' +
          '│                            │            │',
        '└───┴─────────────────────────────┴──────────────────────────' +
          '┴────────────────────────────┴────────────┘',
        '† X^1_1 = 0 exactly: the derivative of L^1 there is taken as 1 (reluAtZero; ' +
          'PyTorch takes 0). Taken as 0, no value would change.',
        `x = ${tuple}`,
        `  ${decimals}`,
        `o^1 = ${tuple}`,
        `    ${decimals}`,
        `δ^1 = ${tuple}`,
        `    ${decimals}`,
        `δ^2 = ${tuple}`,
        `    ${decimals}`,
        '',
      ].join('\n'),
    );
  });

  it('writes an exact value longer than a cell under the table, by reference', async () => {
    // identity: o^1 = x = 10^50 = δ^1 = δ^2; Loss = ½ · 10^100 = 5 · 10^99
    const network = oneSample(1, [{ kind: 'identity' }], ['1e50'], [0]);
    const { stdout } = await runCli(['-'], network);

    const power = `1${'0'.repeat(50)}`;
    expect(stdout).toContain('│ 0 │ input x                   │ [1] ≈ 1e+50        │');
    expect(stdout).toContain('│ 1 │ identity                  │ [2] ≈ 1e+50        │ [3] ≈ 1e+50 ');
    expect(stdout).toContain('│ 2 │ loss: half-squared-error  │ Loss = [4] ≈ 5e+99 │ [5] ≈ 1e+50 ');
    expect(stdout.split('\n').slice(-6)).toEqual([
      `[1] x = ${power}`,
      `[2] o^1 = ${power}`,
      `[3] δ^1 = ${power}`,
      `[4] Loss = 5${'0'.repeat(99)}`,
      `[5] δ^2 = ${power}`,
      '',
    ]);
  });

  it('marks a kink on the exact line of a tuple, not on its decimals', async () => {
    // relu passes x = (0, 1/2); δ^2 = x − y = (-1/3, 1/2) = δ^1 with relu'(0) taken as 1;
    // taken as 0, δ^1_1 = 0. Loss = ½ (1/9 + 1/4) = 13/72.
    const network = oneSample(2, [{ kind: 'relu' }], [0, '1/2'], ['1/3', 0]);
    const { stdout } = await runCli(['-'], network);

    expect(stdout).toContain(
      [
        '│ 0 │ input x                     │ (0, 1/2) †            │                  ' +
          '│            │',
        '│   │                             │ ≈ (0, 0.5)            │                  ' +
          '│            │',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        '│ 1 │ relu                        │ (0, 1/2)              │ (-1/3, 1/2) †    ' +
          '│            │',
        '│   │ o_i = X_i if X_i ≥ 0 else 0 │ ≈ (0, 0.5)            │ ≈ (-0.3333, 0.5) ' +
          '│            │',
      ].join('\n'),
    );
    expect(stdout).toContain('│ Loss = 13/72 ≈ 0.1806 │');
    expect(stdout).toContain('Taken as 0: δ^1 = (0, 1/2).');
  });
});

describe('the note at a kink of leaky-relu', () => {
  // δ^2 = o − y = (0 − 1, −1/20 − 0); at X_1 = 0 the derivative is 1 or a = 1/10, and
  // δ^1_2 = −1/20 · 1/10 = −1/200 either way.
  const network = (reluAtZero: string) =>
    `{ "input": 2, "layers": [{ "kind": "leaky-relu", "slope": "1/10"${reluAtZero} }], ` +
    '"loss": "half-squared-error", "samples": [{ "x": [0, "-1/2"], "y": [1, 0] }] }';

  it('names the slope as what the other convention takes', async () => {
    const { stdout } = await runCli(['-'], network(''));
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '† X^1_1 = 0 exactly: the derivative of L^1 there is taken as 1 (reluAtZero; PyTorch ' +
        'takes a). Taken as the slope a (reluAtZero 0): δ^1 = (-1/10, -1/200).',
    );
  });

  it('names 1 as the other convention of reluAtZero 0', async () => {
    const { stdout } = await runCli(['-'], network(', "reluAtZero": 0'));
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '† X^1_1 = 0 exactly: the derivative of L^1 there is taken as the slope a (reluAtZero; ' +
        'PyTorch takes a). Taken as 1: δ^1 = (-1, -1/200).',
    );
  });
});

describe('--relu-at-zero', () => {
  it("takes PyTorch's derivative 0 at exactly 0 over the file's 1", async () => {
    const argv = [fixture('backward-pass.json'), '--relu-at-zero', '0'];
    const third = JSON.parse((await runCli([...argv, '-f', 'json'])).stdout).samples[2];

    // o^2 = 0, so with a derivative of 0 there δ^3 = 0 and nothing flows back.
    expect(third.delta).toEqual({ 1: ['0', '0', '0'], 2: ['0', '0', '0'], 3: ['0'], 4: ['-1'] });
    expect(third.weightGrad).toEqual({ 2: [['0', '0', '0']] });
    expect((await runCli(argv)).stdout.trimEnd().split('\n').at(-1)).toBe(
      '† X^3 = 0 exactly: the derivative of L^3 there is taken as 0 (reluAtZero; PyTorch takes ' +
        '0). Taken as 1: δ^3 = -1, δw^2 = (0, -2000, -3000), δ^2 = (-1/200, 3/11600, -1/5800), ' +
        'δ^1 = (-1/200, 3/11600, -1/5800).',
    );
  });

  it('takes 0 or 1 only', async () => {
    const result = await runCli([fixture('backward-pass.json'), '--relu-at-zero', '2']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "deltaflow: option '--relu-at-zero <0|1>' argument '2' is invalid. expected 0 or 1\n",
    });
  });
});

describe('--max-digits', () => {
  // Two weights of 6 000 digits: their product has 11 999.
  const w = '(10^5999 + 1)/(10^5999 + 3)';
  const network = JSON.stringify({
    input: 1,
    layers: [
      { kind: 'linear', weights: [[w]] },
      { kind: 'linear', weights: [[w]] },
    ],
    loss: 'half-squared-error',
    samples: [{ x: ['1'], y: ['0'] }],
  });

  it('stops run at the first exact value past the bound, naming the sample', async () => {
    expect(await runCli(['-'], network)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'deltaflow: --max-digits 10000: (stdin): samples[0]: a value has 11999 digits; ' +
        'raise --max-digits, or use --numbers decimal\n',
    });
  });

  it('lets run go on when the bound is raised', async () => {
    const { code, stdout } = await runCli(['-', '--max-digits', '30000', '-f', 'json'], network);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).samples[0].o[2][0]).toMatch(/^1\d{11998}\/1\d{11998}$/);
  });

  it('bounds explain too', async () => {
    const { code, stderr } = await runCli(['explain', '-'], network);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr:
        'deltaflow: a value has 11999 digits, beyond --max-digits; raise it, ' +
        'or use --numbers decimal\n',
    });
  });
});
