import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNetwork, runSample } from '../../src/engine/index.js';
import type { LossKind } from '../../src/losses/index.js';
import { readNetwork } from '../../src/network/index.js';
import { decimalArithmetic, exactArithmetic, parseLiteral } from '../../src/numbers/index.js';
import { gradcheck } from '../../src/report/gradcheck.js';
import { withLoss } from '../../src/report/variants.js';
import { fixture, ROOT, runCli } from '../helpers.js';

const networks = readdirSync(`${ROOT}/fixtures`).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.answers.json'),
);

interface Entry {
  sample: number;
  place: string;
  status: string;
  backward: string;
  centralDifference: string;
  kink?: string;
}

async function gradcheckJson(argv: string[]) {
  const { code, stdout, stderr } = await runCli([...argv, '--gradcheck', '-f', 'json']);
  return { code, stderr, ...JSON.parse(stdout).gradcheck };
}

// Networks of piecewise-linear layers with a quadratic loss, where an exact central difference
// must equal the derivative; the others have an exponential or a logarithm somewhere.
const SMOOTH = ['leaky-softplus.json', 'sigmoid-output.json', 'softmax-classifier.json'];

describe('deltaflow run --gradcheck', () => {
  it.each(networks.filter((name) => !SMOOTH.includes(name)))(
    'finds each derivative of %s equal to its central difference',
    async (file) => {
      const report = await gradcheckJson([fixture(file)]);

      expect(report).toMatchObject({ code: 0, stderr: '', exact: true, failures: 0 });
      const statuses = new Set(report.entries.map((entry: Entry) => entry.status));
      expect([...statuses].filter((status) => status !== 'kink')).toEqual(['equal']);
    },
  );

  it.each(SMOOTH)(
    'finds each derivative of %s within 1e-8 of its central difference',
    async (file) => {
      const report = await gradcheckJson([fixture(file)]);

      expect(report).toMatchObject({ code: 0, stderr: '', exact: false, failures: 0 });
      expect(report.entries.every((entry: Entry) => entry.status === 'approximate')).toBe(true);
      expect(report.largestRelativeError).toBeGreaterThan(0);
      expect(report.largestRelativeError).toBeLessThan(1e-8);
    },
  );

  it('demands equality where no step crosses a kink: two-layers.json, every value', async () => {
    const report = await gradcheckJson([fixture('two-layers.json')]);

    // per sample: δ^1 2, δ^2 2, δ^3 2, δ^4 1, δw^1 4, δb^1 2, δw^3 2, δb^3 1
    expect(report.entries).toHaveLength(32);
    expect(report.entries.every((entry: Entry) => entry.status === 'equal')).toBe(true);
    const entry = report.entries.find((e: Entry) => e.sample === 1 && e.place === 'δw^1_(1,1)');
    expect(entry).toMatchObject({ backward: '39/4', centralDifference: '39/4' });
  });

  it('reports a step across the kink at o^2 = 0 as such, not as a failure', async () => {
    const report = await gradcheckJson([fixture('backward-pass.json')]);

    const third = report.entries.filter((entry: Entry) => entry.sample === 3);
    // X^3 = ±h: Loss = ½ (h − 1)² or ½, so (Loss(h) − Loss(−h)) / 2h = -1/2 + h/4
    expect(third.find((entry: Entry) => entry.place === 'δ^3')).toEqual({
      sample: 3,
      place: 'δ^3',
      status: 'kink',
      backward: '-1',
      centralDifference: '-1999999/4000000',
      relativeError: expect.any(Number),
      kink: 'X^3',
    });
    // W^2_1 multiplies x_1 = 0: moving it leaves o^2 = 0, no kink is crossed
    expect(third.find((entry: Entry) => entry.place === 'δw^2_(1,1)')).toMatchObject({
      status: 'equal',
      backward: '0',
      centralDifference: '0',
    });
    expect(
      report.entries
        .filter((entry: Entry) => entry.sample === 2)
        .every((entry: Entry) => entry.status === 'equal'),
    ).toBe(true);
  });

  it('summarises the check in text', async () => {
    const { code, stdout } = await runCli([fixture('backward-pass.json'), '--gradcheck']);

    expect(code).toBe(0);
    expect(stdout.slice(stdout.indexOf('Gradient check')).trimEnd().split('\n')).toEqual([
      'Gradient check: the central difference with h = 1/1000000 must equal the derivative ' +
        'exactly (exact fractions, piecewise-linear layers, quadratic loss)',
      '  sample 1: the step crosses the kink at X^3 (its sign differs at ±h), not compared: ' +
        'δ^1_1, δ^1_2, δ^1_3, δ^2_1, δ^2_2, δ^2_3, δ^3, δw^2_(1,1), δw^2_(1,2), δw^2_(1,3)',
      '  sample 3: the step crosses the kink at X^3 (its sign differs at ±h), not compared: ' +
        'δ^1_1, δ^1_2, δ^1_3, δ^2_1, δ^2_2, δ^2_3, δ^3, δw^2_(1,2), δw^2_(1,3)',
      'All 14 compared derivatives equal their central difference exactly.',
    ]);
  });

  it('gives the largest relative error in float64, where equality cannot be asked', async () => {
    const { code, stdout } = await runCli([
      fixture('two-layers.json'),
      '--gradcheck',
      '--numbers',
      'float',
      '--step',
      '1e-4',
    ]);
    const report = await gradcheckJson([fixture('two-layers.json'), '--numbers', 'float']);

    expect(code).toBe(0);
    expect(stdout).toContain(
      'Gradient check: the central difference with h = 0.0001 approximates the derivative',
    );
    expect(stdout).toMatch(/Largest relative error of 32: \S+ \(sample \d, \S+\)\./);
    expect(report.exact).toBe(false);
    expect(report.largestRelativeError).toBeGreaterThan(0);
    expect(report.largestRelativeError).toBeLessThan(1e-6);
  });

  it('rejects a step that is not a positive number', async () => {
    const result = await runCli([fixture('two-layers.json'), '--gradcheck', '--step', '-1']);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'deltaflow: --step: "-1" is not a positive number\n',
    });
  });
});

describe('gradcheck', () => {
  const file = readNetwork(readFileSync(fixture('two-layers.json'), 'utf8'), 'two-layers.json');

  it('finds a backward pass that disagrees with the loss it differentiates', () => {
    const network = buildNetwork(file, exactArithmetic());
    // δ^(n+1) = 2 (X − y), as if Loss had no ½; the central difference uses the real loss
    const doubled: LossKind = {
      ...network.loss,
      evaluate(ar, output, expected) {
        const { loss, delta } = network.loss.evaluate(ar, output, expected);
        return { loss, delta: delta.map((d) => ar.mul(ar.fromInteger(2), d)) };
      },
    };
    const wrong = withLoss(network, doubled);
    const traces = file.samples.map((sample) => runSample(wrong, sample.x, sample.y));

    const report = gradcheck(wrong, traces, parseLiteral('1/1000'));

    // every entry but the five zeros of sample 2:
    // δ^2_1, δw^1_(1,1), δw^1_(1,2), δb^1_1 and δw^3_(1,1)
    expect(report.failures).toBe(27);
    const loss = report.entries.find((entry) => entry.sample === 1 && entry.name === 'δ^4');
    expect(loss).toMatchObject({ status: 'differs' });
    expect(network.ar.format(loss!.analytic)).toBe('13/2');
    expect(network.ar.format(loss!.difference)).toBe('13/4');
  });

  it('asks no equality of decimals, and finds them close', () => {
    const network = buildNetwork(file, decimalArithmetic(30));
    const traces = file.samples.map((sample) =>
      runSample(network, sample.x.map(network.ar.fromExact), sample.y.map(network.ar.fromExact)),
    );

    const report = gradcheck(network, traces, network.ar.fromExact(parseLiteral('1e-6')));

    expect(report.exact).toBe(false);
    expect(report.failures).toBe(0);
    expect(report.largestRelativeError).toBeLessThan(1e-12);
  });
});
