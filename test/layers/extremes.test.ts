import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// References: Python's decimal module at 80 digits, from the closed forms of each value.
interface Sample {
  loss: string;
  o: Record<string, string[]>;
  delta: Record<string, string[]>;
}

function network(kind: string, loss: string, x: (number | string)[], y: number[]): string {
  return JSON.stringify({ input: x.length, layers: [{ kind }], loss, samples: [{ x, y }] });
}

async function sampleOf(text: string, numbers = 'exact'): Promise<Sample> {
  const result = await runCli(['run', '-', '--format', 'json', '--numbers', numbers], text);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { samples: Sample[] }).samples[0];
}

describe('large inputs', () => {
  it.each(['exact', 'decimal'])(
    'tanh(−10⁶) = −1.000… and its slope 4e^(−2·10⁶) (%s)',
    async (k) => {
      const sample = await sampleOf(network('tanh', 'half-squared-error', [-1000000], [1]), k);

      expect(sample.o[1]).toEqual(['-1.000000000000000000000000000000000000000']);
      expect(sample.delta[1][0]).toMatch(/^-8\.69527823593247192447290541887022863704\d*e-868589$/);
    },
  );

  it.each(['exact', 'decimal'])('softplus(±10⁵), softplus(−10⁶) (%s)', async (k) => {
    const high = await sampleOf(network('softplus', 'half-squared-error', [100000], [1]), k);
    const low = await sampleOf(network('softplus', 'half-squared-error', [-1000000], [1]), k);

    expect(high.o[1]).toEqual(['100000.0000000000000000000000000000000000']);
    expect(high.loss).toBe('4999900000.5');
    expect(low.o[1][0]).toMatch(/^3\.29683147808855857896890796910772420856\d*e-434295$/);
    expect(low.delta[1][0]).toMatch(/^-3\.29683147808855857896890796910772420856\d*e-434295$/);
  });

  it('reports e^x below the range of decimals as an input error, on one line', async () => {
    const text = network('tanh', 'half-squared-error', ['1e10000'], [1]);
    // 1e10000 has 10 001 digits: past the default --max-digits, which would stop first.
    const result = await runCli(['run', '-', '--max-digits', '20000'], text);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'deltaflow: (stdin): samples[0]: e^(-2e+10000) is below the smallest decimal ' +
        'decimal.js can represent, whatever the --precision\n',
    );
  });
});

describe('values near 1', () => {
  it('keeps the digits of −ln σ(100) for binary-cross-entropy', async () => {
    const sample = await sampleOf(network('sigmoid', 'binary-cross-entropy', [100], [1]));

    expect(sample.loss).toMatch(/^3\.72007597602083596295969580386311833\d*e-44$/);
  });

  it('keeps the digits of δ^1 of σ(60) for half-squared-error', async () => {
    const sample = await sampleOf(network('sigmoid', 'half-squared-error', [60], [1]));

    expect(sample.delta[1][0]).toMatch(/^-7\.66764807372199963243420817385029903599\d*e-53$/);
    expect(sample.delta[2][0]).toMatch(/^-8\.75651076269652033848873272406268529933\d*e-27$/);
  });

  it('keeps the digits of a confident softmax and its cross-entropy', async () => {
    const sample = await sampleOf(network('softmax', 'cross-entropy', [50, 0], [1, 0]));

    expect(sample.loss).toMatch(/^1\.92874984796391778301715681272821153295\d*e-22$/);
    expect(sample.delta[1][0]).toMatch(/^-1\.92874984796391778301697080892941049115\d*e-22$/);
  });

  it('gives the loss of softmax (10⁶, 0) as e^(−10⁶), not 0', async () => {
    const sample = await sampleOf(network('softmax', 'cross-entropy', [1000000, 0], [1, 0]));

    expect(sample.loss).toMatch(/^3\.29683147808855857896890796910772420856\d*e-434295$/);
    expect(sample.delta[1][0]).toMatch(/^-3\.29683147808855857896890796910772420856\d*e-434295$/);
  });

  it('reports a softmax output below the range of decimals, exit 2', async () => {
    const text = network('softmax', 'cross-entropy', ['-1e10000', 0], [1, 0]);
    const result = await runCli(['run', '-', '--max-digits', '20000'], text);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^deltaflow: .*e\^\(-1e\+10000\) is below the smallest [^\n]*\n$/,
    );
  });
});
