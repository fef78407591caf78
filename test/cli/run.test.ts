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
