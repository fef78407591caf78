import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { fixture, ROOT, runCli, spawnCli } from '../helpers.js';

const example = fixture('backward-pass.json');

// o = w·x + b with w = 2, b = 1; one sample x = 3, y = 4 (see test/engine/train.test.ts).
const neuron = (extra: object = {}, layer: object = {}) =>
  JSON.stringify({
    input: 1,
    layers: [{ kind: 'linear', weights: [['2']], bias: ['1'], ...layer }],
    loss: 'half-squared-error',
    samples: [{ x: ['3'], y: ['4'] }],
    ...extra,
  });

// w = 1, b = 0; samples (x = 1, y = 2) and (x = 2, y = 0).
const pair = (extra: object = {}) =>
  JSON.stringify({
    input: 1,
    layers: [{ kind: 'linear', weights: [['1']], bias: ['0'] }],
    loss: 'half-squared-error',
    samples: [
      { x: ['1'], y: ['2'] },
      { x: ['2'], y: ['0'] },
    ],
    ...extra,
  });

describe('deltaflow train --format json', () => {
  it('gives the history of the bundled example, exact', async () => {
    const { code, stdout, stderr } = await runCli(['train', example, '--lr', '1e-7', '-f', 'json']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const json = JSON.parse(stdout);
    expect(json.settings).toEqual({ lr: '1/10000000', epochs: 1, batch: 1, reduction: 'mean' });
    expect(json.steps).toHaveLength(3);
    const { bySample, ...third } = json.steps[2];
    expect(third).toEqual({
      epoch: 1,
      step: 3,
      samples: [2],
      factor: '1',
      loss: '1/2',
      weightGrad: { 2: [['0', '-2000', '-3000']] },
      biasGrad: {},
      weights: { 2: [['1/200', '-17/290000', '137/290000']] },
      bias: {},
    });
    // δ^3 = δ^4 = -1 (o^2 = 0, ReLU's slope 1 there); δ^2 = -1 · W^2 at the old weights.
    expect(bySample[0].delta).toMatchObject({ 2: ['-1/200', '3/11600', '-1/5800'], 3: ['-1'] });
    expect(json.before).toEqual({
      weights: { 2: [['1/200', '-3/11600', '1/5800']] },
      bias: {},
      totalLoss: '1/2',
    });
    expect(json.final.weights).toEqual({ 2: [['1/200', '-17/290000', '137/290000']] });
    expect(json.final.totalLoss).toBe('2749/20000');
    expect(json.final.samples.map((s: { o: Record<string, string[]> }) => s.o[3])).toEqual([
      ['43/100'],
      ['1'],
      ['13/10'],
    ]);
    expect(json.final.samples[0].loss).toBe('1849/20000');
  });

  it("keys each sample's δ of a mean batch with the factor 1/2", async () => {
    const { code, stdout } = await runCli(
      ['train', '-', '--lr', '1/10', '--batch', 'all', '-f', 'json'],
      pair(),
    );

    expect(code).toBe(0);
    const [step] = JSON.parse(stdout).steps;
    expect([step.factor, step.loss]).toEqual(['1/2', '5/4']);
    expect(
      step.bySample.map((s: { sample: number; delta: string[][] }) => [s.sample, s.delta[2]]),
    ).toEqual([
      [0, ['-1/2']],
      [1, ['1']],
    ]);
    expect([step.weights, step.bias]).toEqual([{ 1: [['17/20']] }, { 1: ['-1/20'] }]);
  });
});

describe('deltaflow train, table', () => {
  it('prints the output that the README shows for the bundled example', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const command = '$ deltaflow train fixtures/backward-pass.json --lr 1e-7\n';
    const start = readme.indexOf(command) + command.length;
    const shown = readme.slice(start, readme.indexOf('\n```', start) + 1);

    const { stdout } = await runCli(['train', example, '--lr', '1e-7']);

    expect(start).toBeGreaterThan(command.length);
    expect(stdout).toBe(shown);
  });

  it('prints every step and the forward pass with the new weights', async () => {
    const { code, stdout, stderr } = await runCli(['train', example, '--lr', '1e-7']);

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'Training: α = 1/10000000 ≈ 1e-7, 1 epoch, 3 steps of batch 1, reduction mean',
    );
    expect(lines).toContain(
      'Epoch 1, step 3 of 3: sample 3: x = (0, 2000, 3000), y = 1; Loss = 1/2 ≈ 0.5',
    );
    expect(stdout).toContain('(1/200, -17/290000, 137/290000)');
    expect(lines).toContain('Total loss: 1/2 ≈ 0.5 before, 2749/20000 ≈ 0.1375 after');
  });

  it("states the factor of a mean batch, and each sample's δw only with --verbose", async () => {
    const plain = await runCli(['train', '-', '--lr', '1/10', '--batch', '2'], pair());
    const verbose = await runCli(
      ['train', '-', '--lr', '1/10', '--batch', '2', '--verbose'],
      pair(),
    );

    expect(plain.stdout).toContain(
      'Loss_1 = 1/2 ≈ 0.5, Loss_2 = 2; Loss = 1/2 · their sum ' +
        '(the mean), so every δ below carries the factor 1/2.',
    );
    expect(plain.stdout).toContain('#1: -1/2 ≈ -0.5');
    expect(plain.stdout).not.toContain('Σ: ');
    expect(verbose.stdout).toContain('Σ: δw:');
    expect(verbose.stdout).toMatch(/#2: δw:/);
  });

  it('marks a frozen bias', async () => {
    const { code, stdout } = await runCli(
      ['train', '-', '--lr', '1/10'],
      neuron({}, { frozen: ['bias'] }),
    );

    expect(code).toBe(0);
    expect(stdout).toContain('frozen: bias');
    expect(stdout).toContain('b (frozen): 1');
  });
});

describe('training settings', () => {
  it('takes them from the file\'s "train" object', async () => {
    const file = pair({ train: { lr: '1/10', epochs: 2, batch: 'all', reduction: 'sum' } });

    const { code, stdout } = await runCli(['train', '-', '-f', 'json'], file);

    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.settings).toEqual({ lr: '1/10', epochs: 2, batch: 2, reduction: 'sum' });
    // Step 1 as in the batch test: w = 7/10, b = -1/10.
    const [first] = json.steps;
    expect([first.weights, first.bias]).toEqual([{ 1: [['7/10']] }, { 1: ['-1/10'] }]);
  });

  it('lets flags override the file', async () => {
    const file = pair({ train: { lr: '1/10', epochs: 2, batch: 'all', reduction: 'sum' } });

    const { stdout } = await runCli(
      [
        'train',
        '-',
        '-f',
        'json',
        '--epochs',
        '1',
        '--batch',
        '1',
        '--lr',
        '1/5',
        '--reduction',
        'mean',
      ],
      file,
    );

    expect(JSON.parse(stdout).settings).toEqual({
      lr: '1/5',
      epochs: 1,
      batch: 1,
      reduction: 'mean',
    });
  });
});

describe('deltaflow train, bad input', () => {
  it.each([
    [[], neuron(), '--lr: is missing; give --lr or "train": { "lr": … } in (stdin)'],
    [
      ['--lr', 'abc'],
      neuron(),
      '--lr: "abc": "abc" names a variable; only numbers, + - * / ^ ' +
        'and parentheses are allowed',
    ],
    [['--lr', '0'], neuron(), '--lr: "0": must be positive'],
    [['--lr=-1/10'], neuron(), '--lr: "-1/10": must be positive'],
    [['--lr', '1', '--batch', '3'], pair(), '--batch: 3 is more than the 2 samples; use all'],
    [
      ['--lr', '1', '--batch', '0'],
      pair(),
      "option '--batch <n>' argument '0' is invalid. " +
        'expected a whole number of at least 1, or all',
    ],
    [
      ['--lr', '1', '--reduction', 'max'],
      pair(),
      "option '--reduction <how>' argument 'max' is invalid. Allowed choices are mean, sum.",
    ],
    [[], neuron({ train: { lr: '-1' } }), '(stdin): train.lr: must be positive'],
    [
      [],
      neuron({ train: { lr: 1, batch: 'some' } }),
      '(stdin): train.batch: expected a whole number of at least 1, or "all", found "some"',
    ],
    [
      [],
      neuron({ train: { lr: 1, batch: 2 } }),
      '(stdin): train.batch: 2 is more than the 1 samples; use all',
    ],
    [
      ['--lr', '1'],
      neuron({}, { bias: undefined, frozen: ['bias'] }),
      '(stdin): layers[0].frozen[0]: "bias": this layer has no bias to freeze',
    ],
    [
      ['--lr', '1'],
      neuron({}, { frozen: ['weight'] }),
      '(stdin): layers[0].frozen[0]: found "weight"; expected one of weights, bias',
    ],
    [
      ['--lr', '1'],
      neuron({ samples: [] }),
      '(stdin): samples: is missing or empty; train needs some',
    ],
    [
      [],
      neuron({ train: { lr: '1', epochs: 10_000_000 } }),
      '(stdin): train.epochs: expected a whole number from 1 to 1000000, found 10000000',
    ],
    [['--lr', '1', '--save', ' '], neuron(), '--save: needs the name of a file'],
    [
      ['--lr', '1/10', '--max-digits', '1'],
      neuron(),
      '--max-digits 1: epoch 1, step 1: ' +
        'layers[0].weights[0][0] has 2 digits, beyond 1; for long runs use --numbers decimal, ' +
        'or raise --max-digits',
    ],
  ])('rejects %j: %s', async (argv, stdin, message) => {
    const result = await runCli(['train', '-', ...argv], stdin);

    expect(result).toEqual({ code: 2, stdout: '', stderr: `deltaflow: ${message}\n` });
  });
});

describe('deltaflow train --save', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'deltaflow-train-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes a network file that runs and gives the final outputs', async () => {
    const saved = join(folder, 'trained.json');

    const trained = await runCli(['train', example, '--lr', '1e-7', '-f', 'json', '--save', saved]);
    const rerun = await runCli(['run', saved, '-f', 'json']);

    expect([trained.code, trained.stderr, rerun.code, rerun.stderr]).toEqual([0, '', 0, '']);
    const text = await readFile(saved, 'utf8');
    expect(text).toContain('"weights": [["1/200", "-17/290000", "137/290000"]]');
    expect(text).toContain('"name": "The backward pass"');
    expect(JSON.parse(rerun.stdout).samples).toEqual(JSON.parse(trained.stdout).final.samples);
    expect(await readdir(folder)).toEqual(['trained.json']);
  });

  it('keeps a frozen parameter as the file wrote it', async () => {
    const saved = join(folder, 'trained.json');

    await runCli(
      ['train', '-', '--lr', '1/10', '--save', saved],
      neuron({}, { bias: ['2/2'], frozen: ['bias'] }),
    );

    // w = 2 − (1/10) · 9 = 11/10, as in the first step of the engine's tests.
    expect(await readFile(saved, 'utf8')).toContain(
      '{ "kind": "linear", "weights": [["11/10"]], "bias": ["2/2"], "frozen": ["bias"] }',
    );
  });

  it('writes nothing when float64 training ends outside the numbers a file can hold', async () => {
    const saved = join(folder, 'trained.json');

    // w = 2 − 10^300 · 9 ≈ -9e300; the next step's products overflow to ±Infinity, then NaN.
    const result = await runCli(
      ['train', '-', '--lr', '1e300', '--epochs', '3', '--numbers', 'float', '--save', saved],
      neuron(),
    );

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `deltaflow: --save: ${saved}: training reached NaN in float64, which no network file ` +
        'can hold; nothing was written (a smaller --lr, or --numbers exact or decimal)\n',
    );
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses to overwrite an existing file, and overwrites it with --force', async () => {
    const saved = join(folder, 'trained.json');
    await writeFile(saved, 'mine');

    const refused = await runCli(['train', example, '--lr', '1e-7', '--save', saved]);
    const kept = await readFile(saved, 'utf8');
    const forced = await runCli(['train', example, '--lr', '1e-7', '--save', saved, '--force']);

    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `deltaflow: --save: ${saved} already exists; add --force to overwrite it\n`,
    });
    expect(kept).toBe('mine');
    expect(forced.code).toBe(0);
    expect(await readFile(saved, 'utf8')).toContain('"-17/290000"');
    expect(await readdir(folder)).toEqual(['trained.json']);
  });
});

describe('the progress bar', () => {
  const ttyRun = async (argv: string[], stdin: string, isTTY: boolean) => {
    let stderr = '';
    const io: Io = {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (text: string) => (stderr += text), isTTY },
      env: {},
      readStdin: async () => stdin,
      readFile: (path) => readFile(path, 'utf8'),
    };
    const code = await run(argv, io);
    return { code, stderr };
  };

  it('shows on a terminal when the run has many steps', async () => {
    const result = await ttyRun(['train', '-', '--lr', '1/10', '--epochs', '30'], neuron(), true);

    expect(result.code).toBe(0);
    expect(result.stderr).toContain('training [');
  });

  it('stays off a terminal for a short run, and off a pipe', async () => {
    const short = await ttyRun(['train', '-', '--lr', '1/10', '--epochs', '3'], neuron(), true);
    const piped = await ttyRun(['train', '-', '--lr', '1/10', '--epochs', '30'], neuron(), false);

    expect([short.stderr, piped.stderr]).toEqual(['', '']);
  });

  it('writes nothing to the stderr pipe of the built command', () => {
    const result = spawnCli(['train', '-', '--lr', '1/10', '--epochs', '30'], neuron());

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Epoch 30, step 30 of 30');
  });
});

describe('deltaflow schema', () => {
  it('describes the "train" object and "frozen"', async () => {
    const { code, stdout } = await runCli(['schema']);

    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(Object.keys(schema.properties.train.properties)).toEqual([
      'lr',
      'epochs',
      'batch',
      'reduction',
    ]);
    expect(stdout).toContain('"frozen"');
  });
});
