import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli, spawnCli } from '../helpers.js';

const example = fixture('backward-pass.json');
const folder = mkdtempSync(join(tmpdir(), 'deltaflow-check-'));
let files = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes an answers file and returns its path. */
function answers(content: unknown): string {
  files += 1;
  const path = join(folder, `answers-${files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The answers for sample 3 of the bundled example, the other samples without answers. */
const third = (values: object) => answers({ samples: [null, {}, values] });

describe('deltaflow check', () => {
  it('exits 0 and says so when every answer is right', async () => {
    const path = third({ delta: { 3: ['-1'], 1: ['-1/200', '3/11600', '-1/5800'] }, loss: 0.5 });

    const result = await runCli(['check', example, path]);

    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '✓ sample 3, δ^1_1: -1/200',
        '✓ sample 3, δ^1_2: 3/11600',
        '✓ sample 3, δ^1_3: -1/5800',
        '✓ sample 3, δ^3: -1',
        '✓ sample 3, Loss: 0.5',
        'All 5 answers right.',
        '',
      ].join('\n'),
    });
  });

  it('exits 1 on the example answers file, naming the two mistakes in it', async () => {
    const result = await runCli(['check', example, fixture('backward-pass.answers.json')]);

    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '✓ sample 3, δ^2_1: -0.005',
        '✓ sample 3, δ^2_2: 0.000259',
        '✓ sample 3, δ^2_3: -1/5800',
        '✓ sample 3, δ^3: -1',
        '✗ sample 3, δ^4: 1 — the sign is flipped (y − o taken for o − y)',
        '✓ sample 3, δw^2_(1,1): 0',
        '✗ sample 3, δw^2_(1,2): -4000 — the ½ of the loss is forgotten',
        '✓ sample 3, δw^2_(1,3): -3000',
        '✓ sample 3, Loss: 1/2',
        '7 of 9 answers right, 2 wrong.',
        '',
      ].join('\n'),
    });
  });

  it('shows the right values only with --reveal, to two digits more than written', async () => {
    const path = third({ delta: { 2: [null, '0.00025', null] } });

    const hidden = await runCli(['check', example, path]);
    const shown = await runCli(['check', example, path, '--reveal']);

    expect(hidden.stdout).toBe('✗ sample 3, δ^2_2: 0.00025\nThe answer is wrong.\n');
    expect(shown.stdout).toBe(
      '✗ sample 3, δ^2_2: 0.00025 (right: 3/11600 ≈ 0.0002586)\nThe answer is wrong.\n',
    );
    expect(shown.code).toBe(1);
    // 3/11600 = 0.000258620689…: seven digits for an answer of five
    const fiveDigits = third({ delta: { 2: [null, '0.00025863', null] } });
    const longer = await runCli(['check', example, fiveDigits, '--reveal']);
    expect(longer.stdout.split('\n')[0]).toBe(
      '✗ sample 3, δ^2_2: 0.00025863 (right: 3/11600 ≈ 0.0002586207)',
    );
  });

  it("accepts samples keyed by their number, and run's JSON as answers", async () => {
    const keyed = answers({ samples: { 2: { o: { 3: [1] } } } });
    const json = await runCli([example, '-f', 'json']);
    const whole = answers(json.stdout);

    expect((await runCli(['check', example, keyed])).stdout).toBe(
      '✓ sample 2, o^3: 1\nThe answer is right.\n',
    );
    const all = await runCli(['check', example, whole]);
    expect(all.code).toBe(0);
    // per sample: x 3, y 1, o 3 + 1 + 1, δ 3 + 3 + 1 + 1, δw^2 3, loss 1: 21 values
    expect(all.stdout.split('\n').at(-2)).toBe('All 63 answers right.');
  });

  it('applies --tolerance to every answer instead of the other rules', async () => {
    const path = third({ delta: { 2: ['-0.0050001', '2.6e-4', '-1/5800 + 2/10^7'] } });

    const absolute = await runCli(['check', example, path, '--tolerance', '1e-6']);
    const relative = await runCli(['check', example, path, '--tolerance', 'rel:1e-3']);

    expect(absolute.stdout).toBe(
      [
        '✓ sample 3, δ^2_1: -0.0050001',
        '✗ sample 3, δ^2_2: 2.6e-4',
        '✓ sample 3, δ^2_3: -1/5800 + 2/10^7',
        '2 of 3 answers right, 1 wrong.',
        '',
      ].join('\n'),
    );
    // 1e-3 of |δ^2|: 5e-6, 2.6e-7 and 1.7e-7 allowed; the answers are 1e-7, 1.4e-6, 2e-7 off
    expect(
      relative.stdout
        .split('\n')
        .slice(0, 3)
        .map((line) => line[0]),
    ).toEqual(['✓', '✗', '✗']);
  });

  it('writes verdicts as JSON for scripts', async () => {
    const path = third({ delta: { 4: ['1'] }, loss: '0.5' });

    const { code, stdout } = await runCli(['check', example, path, '-f', 'json', '--reveal']);

    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      right: 1,
      wrong: 1,
      answers: [
        {
          sample: 3,
          place: 'δ^4',
          path: 'samples[2].delta.4[0]',
          written: '1',
          right: false,
          rule: 'exact',
          value: '-1',
          mistakes: [{ name: 'sign', description: 'the sign is flipped (y − o taken for o − y)' }],
        },
        {
          sample: 3,
          place: 'Loss',
          path: 'samples[2].loss',
          written: '0.5',
          right: true,
          rule: 'rounded to 1e-1',
          value: '1/2',
          mistakes: [],
        },
      ],
    });
  });

  it('takes one value for a vector of length 1, also for a matrix row of width 1', async () => {
    const network = JSON.stringify({
      input: 1,
      layers: [{ kind: 'linear', weights: [['2'], ['3']] }],
      loss: 'half-squared-error',
      samples: [{ x: [1], y: [0, 0] }],
    });
    // o^1 = (2, 3) = δ^2, δw^1 = δ^2 · x^T = ((2), (3)), δ^1 = 2 · 2 + 3 · 3 = 13
    const path = answers({ samples: [{ x: 1, delta: { 1: 13 }, weightGrad: { 1: [2, '3'] } }] });

    const result = await runCli(['check', '-', path, '-f', 'json'], network);

    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).answers.map((answer: { path: string }) => answer.path),
    ).toEqual([
      'samples[0].x',
      'samples[0].delta.1',
      'samples[0].weightGrad.1[0]',
      'samples[0].weightGrad.1[1]',
    ]);
  });

  it('takes one value for a 1×1 matrix, and names the size of a larger one', async () => {
    const network = JSON.stringify({
      input: 1,
      layers: [{ kind: 'linear', weights: [['2']] }],
      loss: 'half-squared-error',
      samples: [{ x: [3], y: [0] }],
    });
    // o^1 = 2 · 3 = 6 = δ^2, δw^1 = δ^2 · x = 18, δ^1 = 2 · 6 = 12
    const path = answers({ samples: [{ weightGrad: { 1: 18 }, delta: { 1: 12 } }] });
    const wrong = answers({ samples: [{ weightGrad: { 1: '6' } }] });
    const wide = answers({ samples: [null, null, { weightGrad: { 2: 0 } }] });

    const result = await runCli(['check', '-', path], network);
    const judged = await runCli(['check', '-', wrong, '-f', 'json'], network);
    const rejected = await runCli(['check', example, wide]);

    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: '✓ sample 1, δ^1: 12\n✓ sample 1, δw^1: 18\nAll 2 answers right.\n',
    });
    expect(JSON.parse(judged.stdout).answers[0]).toMatchObject({
      path: 'samples[0].weightGrad.1',
      written: '6',
      right: false,
    });
    expect(rejected).toEqual({
      code: 2,
      stdout: '',
      stderr: `deltaflow: ${wide}: samples[2].weightGrad.2: is one value; δw^2 is 1×3\n`,
    });
  });

  it('writes an answer holding newlines on one line: trimmed, else quoted', async () => {
    const blanks = answers('{"samples":[{"loss":"2\\n\\n\\n   "}]}');
    const inside = third({ loss: '1/4 +\n1/4' });

    const trimmed = await runCli(['check', example, blanks]);
    const quoted = await runCli(['check', example, inside, '--reveal']);

    expect(trimmed).toEqual({
      code: 1,
      stderr: '',
      stdout: '✗ sample 1, Loss: 2\nThe answer is wrong.\n',
    });
    expect(quoted).toEqual({
      code: 0,
      stderr: '',
      stdout: '✓ sample 3, Loss: "1/4 +\\n1/4" (right: 1/2 ≈ 0.5)\nThe answer is right.\n',
    });
  });

  it('says "the answer" when there is one', async () => {
    const right = await runCli(['check', example, third({ loss: '1/2' })]);
    const wrong = await runCli(['check', example, third({ loss: '1' })]);

    expect(right).toEqual({
      code: 0,
      stderr: '',
      stdout: '✓ sample 3, Loss: 1/2\nThe answer is right.\n',
    });
    expect(wrong).toEqual({
      code: 1,
      stderr: '',
      stdout: '✗ sample 3, Loss: 1 — the ½ of the loss is forgotten\nThe answer is wrong.\n',
    });
  });

  it('runs as a spawned command with exit code 1 when an answer is wrong', () => {
    const result = spawnCli([
      'check',
      'fixtures/backward-pass.json',
      'fixtures/backward-pass.answers.json',
    ]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').at(-2)).toBe('7 of 9 answers right, 2 wrong.');
  });
});

describe('deltaflow check names the mistake behind a wrong answer', () => {
  const lines = async (argv: string[], stdin = '') =>
    (await runCli(argv, stdin)).stdout.trimEnd().split('\n');

  it('the sign flipped: y − o for o − y', async () => {
    const path = third({ delta: { 2: ['1/200', '-3/11600', '1/5800'] } });

    expect(await lines(['check', example, path])).toEqual([
      '✗ sample 3, δ^2_1: 1/200 — the sign is flipped (y − o taken for o − y)',
      '✗ sample 3, δ^2_2: -3/11600 — the sign is flipped (y − o taken for o − y)',
      '✗ sample 3, δ^2_3: 1/5800 — the sign is flipped (y − o taken for o − y)',
      '0 of 3 answers right, 3 wrong.',
    ]);
  });

  it('the ½ forgotten, in the loss and in every δ', async () => {
    // Loss = (0 − 1)² = 1, δ^4 = 2 (0 − 1) = -2, δ^2 = -2 · W^2
    const path = third({ loss: 1, delta: { 4: [-2], 2: ['-1/100', '3/5800', '-1/2900'] } });

    const found = await lines(['check', example, path]);

    expect(found).toHaveLength(6);
    expect(
      found.slice(0, 5).every((line) => line.endsWith(' — the ½ of the loss is forgotten')),
    ).toBe(true);
  });

  it("ReLU's derivative at 0 taken as 0 instead of 1", async () => {
    // o^2 = 0 for sample 3: with 0 there, δ^3 = 0 and everything below it is 0
    const path = third({ delta: { 3: [0] }, weightGrad: { 2: [[0, 0, 0]] } });

    expect(await lines(['check', example, path])).toEqual([
      "✗ sample 3, δ^3: 0 — ReLU's derivative at 0 taken as 0 instead of 1",
      '✓ sample 3, δw^2_(1,1): 0',
      "✗ sample 3, δw^2_(1,2): 0 — ReLU's derivative at 0 taken as 0 instead of 1",
      "✗ sample 3, δw^2_(1,3): 0 — ReLU's derivative at 0 taken as 0 instead of 1",
      '1 of 4 answers right, 3 wrong.',
    ]);
  });

  it("ReLU's derivative at 0 taken as 1 instead of 0, when the network takes 0", async () => {
    const network = readFileSync(example, 'utf8').replace(
      '"input": 3,',
      '"input": 3, "reluAtZero": 0,',
    );
    const path = third({ delta: { 3: [-1], 4: [-1] } });

    expect(await lines(['check', '-', path], network)).toEqual([
      "✗ sample 3, δ^3: -1 — ReLU's derivative at 0 taken as 1 instead of 0",
      '✓ sample 3, δ^4: -1',
      '1 of 2 answers right, 1 wrong.',
    ]);
  });

  it('the weights updated before δ was pushed back, given the learning rate', async () => {
    // δw^2 = -1 · (0, 2000, 3000); W^2 − 10^-6 δw^2 = (1/200, -3/11600 + 1/500, 1/5800 + 3/1000)
    // so δ^2 = -1 · that = (-1/200, -101/58000, -23/7250)
    const path = third({ delta: { 2: ['-1/200', '-101/58000', '-23/7250'] } });

    const named = await lines(['check', example, path, '--lr', '1e-6']);
    const unnamed = await lines(['check', example, path]);

    const update = 'the weights were updated before δ was pushed back through them';
    expect(named).toEqual([
      '✓ sample 3, δ^2_1: -1/200',
      `✗ sample 3, δ^2_2: -101/58000 — ${update}`,
      `✗ sample 3, δ^2_3: -23/7250 — ${update}`,
      '1 of 3 answers right, 2 wrong.',
    ]);
    expect(unnamed.slice(1, 3)).toEqual([
      '✗ sample 3, δ^2_2: -101/58000',
      '✗ sample 3, δ^2_3: -23/7250',
    ]);
  });

  it('warns of a right decimal answer that a mistake gives too', async () => {
    // δ^2 = (-1/200, 3/11600, -1/5800); flipped, doubled or with ReLU's 0 it is within 0.05 of 0
    const path = third({ delta: { 2: ['0.0', '0.0003', null], 3: '-1.0' } });
    const mistakes =
      'the sign is flipped (y − o taken for o − y), or the ½ of the loss is ' +
      "forgotten, or ReLU's derivative at 0 taken as 0 instead of 1";

    const result = await runCli(['check', example, path, '--reveal']);
    const sum = third({ loss: '1/2 + 1/10' });
    const wide = await runCli(['check', example, sum, '--tolerance', '1']);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '✓ sample 3, δ^2_1: 0.0 (right: -1/200 ≈ -0.005)',
      `  ! 0.0 also matches a mistake — ${mistakes}; give more digits`,
      '✓ sample 3, δ^2_2: 0.0003 (right: 3/11600 ≈ 0.0002586)',
      '✓ sample 3, δ^3: -1.0 (right: -1)',
      'All 3 answers right; 1 also matches a mistake.',
      '',
    ]);
    // Loss = 1/2; with the ½ forgotten, 1: both within 1 of 0.6
    expect(wide.stdout).toBe(
      [
        '✓ sample 3, Loss: 1/2 + 1/10',
        '  ! 1/2 + 1/10 also matches a mistake — the ½ of the loss is forgotten; give a smaller ' +
          '--tolerance',
        'The answer is right, but also matches a mistake.',
        '',
      ].join('\n'),
    );
  });

  it('names the mistake of an exact answer that a right decimal hides', async () => {
    const exact = third({ delta: { 2: ['0', null, null] } });
    expect((await lines(['check', example, exact]))[0]).toBe(
      "✗ sample 3, δ^2_1: 0 — ReLU's derivative at 0 taken as 0 instead of 1",
    );
  });

  it('names a mistake for a decimal answer by the same rounding rule', async () => {
    const path = third({ delta: { 2: [null, '-0.000259', null] } });

    expect((await lines(['check', example, path]))[0]).toBe(
      '✗ sample 3, δ^2_2: -0.000259 — the sign is flipped (y − o taken for o − y)',
    );
  });
});

describe('deltaflow check of approximate values', () => {
  // linear 1×2 with bias → sigmoid → binary cross-entropy; sample 2 has o^1 = (1, -1/2)
  const sigmoid = JSON.stringify({
    input: 1,
    layers: [{ kind: 'linear', weights: [['1'], ['-1']], bias: ['0', '1/2'] }, { kind: 'sigmoid' }],
    loss: 'binary-cross-entropy',
    samples: [
      { x: [0], y: [1, 0] },
      { x: [1], y: [1, 0] },
    ],
  });
  // σ(1) = e / (1 + e), worked out apart (Python's decimal module, 60 digits)
  const sigmoidOfOne = '0.731058578630004879251159241821836274365144640165056519276366';
  const digits = (count: number) => sigmoidOfOne.slice(0, count + 2);

  it.each(['5', '20', '40'])("finds run's JSON all right at --precision %s", async (precision) => {
    const written = answers((await runCli(['-', '-f', 'json'], sigmoid)).stdout);

    const result = await runCli(['check', '-', written, '--precision', precision], sigmoid);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').at(-2)).toBe('All 34 answers right.');
  });

  it.each(['5', '20', '40'])("finds run's JSON of --precision %s all right", async (precision) => {
    const run = await runCli(['-', '-f', 'json', '--precision', precision], sigmoid);

    const result = await runCli(['check', '-', answers(run.stdout), '--precision', '7'], sigmoid);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').at(-2)).toBe('All 34 answers right.');
  });

  it('reveals two digits more than the answer has, at least four', async () => {
    // σ(1) = 0.73105857863…: 0.7310 is 0.0000586 off, more than half of 1e-4
    const path = answers({ samples: { 2: { o: { 2: ['0.7310', null] } } } });

    const result = await runCli(['check', '-', path, '--reveal'], sigmoid);

    expect(result.stdout.split('\n')[0]).toBe('✗ sample 2, o^2_1: 0.7310 (right: ≈ 0.731059)');
  });

  it('computes as many digits as the longest answer has, beyond --precision', async () => {
    // 45 digits of σ(1) end in …44640|165: …44640 rounds it, …44641 does not
    const path = answers({ samples: { 2: { o: { 2: [digits(45), null] } } } });
    const wrong = answers({ samples: { 2: { o: { 2: [`${digits(44)}1`, null] } } } });

    const right = await runCli(['check', '-', path, '--precision', '5'], sigmoid);
    const judged = await runCli(['check', '-', wrong, '--precision', '5'], sigmoid);

    expect(right.stdout.split('\n')[0]).toBe(`✓ sample 2, o^2_1: ${digits(45)}`);
    expect(judged).toMatchObject({
      code: 1,
      stdout: `✗ sample 2, o^2_1: ${digits(44)}1\n` + 'The answer is wrong.\n',
    });
  });

  it('refuses a decimal of more than 900 significant digits, and checks one of 900', async () => {
    // the first 60 digits of σ(1), then zeros: 1200 significant digits
    const long = `${digits(60)}${'0'.repeat(1140)}`;
    const tooLong = answers({ samples: { 2: { o: { 2: [long, null] } } } });
    const thousand = `0.${'7'.repeat(900)}`;
    const longest = answers({ samples: { 2: { o: { 2: [thousand, null] } } } });

    const refused = await runCli(['check', '-', tooLong], sigmoid);
    const checked = await runCli(['check', '-', longest], sigmoid);

    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `deltaflow: ${tooLong}: samples.2.o.2[0]: has 1200 significant digits; ` +
        'at most 900 can be checked\n',
    });
    expect(checked).toEqual({
      code: 1,
      stderr: '',
      stdout: `✗ sample 2, o^2_1: ${thousand}\nThe answer is wrong.\n`,
    });
  });
});

describe('deltaflow check --help', () => {
  it('says that either file may be standard input, and names the learning rate --lr', async () => {
    const { code, stdout } = await runCli(['check', '--help']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/\n {2}network +network file \(JSON\), or - for standard input\n/);
    expect(stdout).toContain('any subset of its values; or - for standard input\n');
    expect(stdout).toContain('  --lr <rate>            learning rate α of a training step');
    expect(stdout).not.toContain('--learning-rate');
  });

  it('reads the answers from standard input, but not both files from it', async () => {
    const stdin = JSON.stringify({ samples: { 3: { loss: '1/2' } } });

    const answered = await runCli(['check', example, '-'], stdin);
    const both = await runCli(['check', '-', '-'], stdin);

    expect(answered).toMatchObject({ code: 0, stderr: '' });
    expect(answered.stdout.startsWith('✓ sample 3, Loss: 1/2\n')).toBe(true);
    expect(both).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: standard input can hold the network or the answers, not both\n',
    });
  });

  it('no longer knows --learning-rate', async () => {
    const result = await runCli(['check', example, example, '--learning-rate', '1e-6']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--learning-rate'");
  });
});

describe('deltaflow check on bad input', () => {
  it.each([
    [
      { samples: [null, null, { delta: { 5: [1] } }] },
      'samples[2].delta.5: there is no δ^5; δ^k runs from k = 1 to 4',
    ],
    [
      { samples: [null, null, { o: { 0: [1] } }] },
      'samples[2].o.0: expected k, a whole number from 1',
    ],
    [
      { samples: [null, null, null, { loss: 0 }] },
      'samples[3]: there is no sample 4; the network has 3 samples',
    ],
    [{ samples: { 4: { loss: 0 } } }, 'samples.4: there is no sample 4; the network has 3 samples'],
    [{ samples: { first: { loss: 0 } } }, 'samples.first: expected a sample number from 1'],
    [
      { samples: [{ weightGrad: { 1: [[0, 0, 0]] } }] },
      'samples[0].weightGrad.1: there is no δw^1: L^1 has no weights',
    ],
    [
      { samples: [{ biasGrad: { 2: [0] } }] },
      'samples[0].biasGrad.2: there is no δb^2: L^2 has no bias',
    ],
    [
      { samples: [{ weightGrad: { 4: [[0]] } }] },
      'samples[0].weightGrad.4: there is no L^4; the layers run from 1 to 3',
    ],
    [{ samples: [{ delta: { 2: [0, 0] } }] }, 'samples[0].delta.2: has 2 values; δ^2 has 3'],
    [
      { samples: [{ weightGrad: { 2: [[0, 0]] } }] },
      'samples[0].weightGrad.2[0]: has 2 values; row 1 of δw^2 has 3',
    ],
    [{ samples: [{ delta: { 3: ['1/0'] } }] }, 'samples[0].delta.3[0]: "1/0": divides by zero'],
    [{ samples: [{ delta: { 3: ['x'] } }] }, 'samples[0].delta.3[0]: "x": "x" names a variable'],
    [
      { samples: [{ deltas: { 3: [1] } }] },
      'samples[0]: unknown key "deltas" (did you mean ' +
        '"delta"?); a sample\'s answers are x, y, loss, o, delta, weightGrad, biasGrad',
    ],
    [
      { samples: [{ gradients: {} }] },
      'samples[0]: unknown key "gradients"; a sample\'s answers ' +
        'are x, y, loss, o, delta, weightGrad, biasGrad',
    ],
    [
      { sample: { 3: { loss: 0 } } },
      ': samples: is missing; unknown key "sample" (did you mean "samples"?)',
    ],
    [{ answers: [] }, ': samples: is missing; unknown key "answers"\n'],
    [
      { samples: [], extra: 1 },
      ': (top level): unknown key "extra"; the answers go under "samples"',
    ],
    [
      { samples: [] },
      '.json: has no answers; write them under samples, as in ' +
        '{ "samples": { "1": { "loss": "1/2" } } }',
    ],
    [{ samples: [null, {}, { exact: { loss: false } }] }, '.json: has no answers;'],
    [{ samples: [{ delta: { 2: 0 } }] }, 'samples[0].delta.2: is one value; δ^2 has 3'],
    [{ samples: [{ delta: { 3: '1/0' } }] }, 'samples[0].delta.3: "1/0": divides by zero'],
    [
      { samples: [{ delta: { 3: [{}] } }] },
      'samples[0].delta.3[0]: expected a number or a string holding one, found an object',
    ],
    [
      { samples: [{ delta: { 3: {} } }] },
      'samples[0].delta.3: expected an array of values, ' +
        'or one value for a vector of length 1, found an object',
    ],
    ['{ "samples": [', 'invalid JSON'],
  ])('rejects %j: %s', async (content, message) => {
    const path = answers(content);

    const result = await runCli(['check', example, path]);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects a missing answers file and a bad --tolerance with exit code 2', async () => {
    const missing = await runCli(['check', example, join(folder, 'none.json')]);
    const empty = answers({ samples: [] });
    const tolerance = await runCli(['check', example, empty, '--tolerance', 'x']);

    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `deltaflow: ${join(folder, 'none.json')}: cannot read: no such file\n`,
    });
    expect(tolerance.code).toBe(2);
    expect(tolerance.stderr).toContain('"x": "x" names a variable');
  });
});

describe('deltaflow check refuses, in one line that names the place', () => {
  const refusal = async (argv: string[]) => {
    const result = await runCli(argv);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    return result.stderr;
  };
  const empty = answers({ samples: [] });

  it.each([
    ['0', 'deltaflow: --lr: "0": must be positive\n'],
    ['-1', 'deltaflow: --lr: "-1": must be positive\n'],
    ['1/0', 'deltaflow: --lr: "1/0": divides by zero\n'],
  ])('--lr %s, as train does', async (rate, message) => {
    expect(await refusal(['check', example, empty, `--lr=${rate}`])).toBe(message);
  });

  it.each([
    ['"abc"', '"abc"'],
    ['-5', '-5'],
    ['2.5', '2.5'],
    ['null', 'null'],
    ['5000', '5000'],
  ])('a precision of %s in the answers file', async (precision, found) => {
    const path = answers(`{"numbers":"exact","precision":${precision},"samples":{"3":{"loss":0}}}`);

    expect(await refusal(['check', example, path])).toBe(
      `deltaflow: ${path}: precision: expected a whole number from 2 to 900, found ${found}\n`,
    );
  });

  it.each([
    [
      { samples: [{ loss: [0] }] },
      'samples[0].loss: expected a number or a string holding one, found an array',
    ],
    [{ samples: [{ o: null }] }, 'samples[0].o: expected an object keyed by k, found null'],
    [
      { samples: [{ weightGrad: { 2: null } }] },
      'samples[0].weightGrad.2: expected an array of rows, or one value for a 1×1 matrix, ' +
        'found null',
    ],
    ['{"samples":{"__proto__":{"loss":0}}}', 'samples.__proto__: expected a sample number from 1'],
    [
      '{"samples":[{"delta":{"__proto__":1}}]}',
      'samples[0].delta.__proto__: expected k, a whole number from 1',
    ],
    ['{"samples":[{"loss":0}],"__proto__":{}}', '__proto__: unknown key "__proto__"'],
  ])('%j', async (content, message) => {
    const path = answers(content);

    expect(await refusal(['check', example, path])).toBe(`deltaflow: ${path}: ${message}\n`);
  });
});
