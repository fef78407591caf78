import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  batchesOf,
  buildNetwork,
  digitsOf,
  type Example,
  GrowthError,
  type Network,
  train,
  type TrainSettings,
} from '../../src/engine/index.js';
import type { Parameters } from '../../src/layers/index.js';
import { readNetwork } from '../../src/network/index.js';
import {
  type ExactValue,
  exactArithmetic,
  floatArithmetic,
  parseLiteral,
} from '../../src/numbers/index.js';
import { fixture } from '../helpers.js';

const ar = exactArithmetic();
const show = (value: ExactValue) => ar.format(value);

function setUp(file: object | string) {
  const text = typeof file === 'string' ? file : JSON.stringify(file);
  const network = buildNetwork(readNetwork(text, 'test.json'), ar);
  const samples = readNetwork(text, 'test.json').samples;
  const examples: Example<ExactValue>[] = samples.map((sample) => ({
    x: sample.x.map(ar.fromExact),
    y: sample.y.map(ar.fromExact),
  }));
  return { network, examples };
}

function settings(overrides: Partial<TrainSettings<ExactValue>> = {}): TrainSettings<ExactValue> {
  return { lr: parseLiteral('1/10'), epochs: 1, batch: 1, reduction: 'mean', ...overrides };
}

/** The parameters of every layer that has some, as exact strings. */
function parameters(network: Network<ExactValue>) {
  return network.specs.map((spec) => {
    const { weights, bias } = spec as Parameters<ExactValue>;
    return {
      ...(weights ? { weights: weights.map((row) => row.map(show)) } : {}),
      ...(bias ? { bias: bias.map(show) } : {}),
    };
  });
}

// o = w·x + b with w = 2, b = 1; one sample x = 3, y = 4.
const neuron = (extra: object = {}) => ({
  input: 1,
  layers: [{ kind: 'linear', weights: [['2']], bias: ['1'], ...extra }],
  loss: 'half-squared-error',
  samples: [{ x: ['3'], y: ['4'] }],
});

// o = w·x + b with w = 1, b = 0; samples (x = 1, y = 2) and (x = 2, y = 0).
const pair = {
  input: 1,
  layers: [{ kind: 'linear', weights: [['1']], bias: ['0'] }],
  loss: 'half-squared-error',
  samples: [
    { x: ['1'], y: ['2'] },
    { x: ['2'], y: ['0'] },
  ],
};

// o^1 = W^1·x, o^2 = W^2·o^1 with W^1 = 1, W^2 = 2; one sample x = 1, y = 1.
const twoLinear = {
  input: 1,
  layers: [
    { kind: 'linear', weights: [['1']] },
    { kind: 'linear', weights: [['2']] },
  ],
  loss: 'half-squared-error',
  samples: [{ x: ['1'], y: ['1'] }],
};

describe('one step of stochastic gradient descent', () => {
  // o = 2·3 + 1 = 7, Loss = ½(7 − 4)² = 9/2, δ^2 = 7 − 4 = 3, δw = 3·3 = 9, δb = 3;
  // w = 2 − 9/10 = 11/10, b = 1 − 3/10 = 7/10; then o = 33/10 + 7/10 = 4 and Loss = 0.
  it('updates the weight and the bias by α times their gradients', () => {
    const { network, examples } = setUp(neuron());

    const training = train(network, examples, settings());

    const [step] = training.steps;
    expect(show(step.loss)).toBe('9/2');
    expect(show(step.traces[0].lossDelta[0])).toBe('3');
    expect(step.weightGrad[1].map((row) => row.map(show))).toEqual([['9']]);
    expect(step.biasGrad[1].map(show)).toEqual(['3']);
    expect(parameters(step.network)).toEqual([{ weights: [['11/10']], bias: ['7/10'] }]);
    expect(show(training.after.traces[0].layers[0].output[0])).toBe('4');
    expect([show(training.before.totalLoss), show(training.after.totalLoss)]).toEqual(['9/2', '0']);
  });

  it('trains the bundled example: one epoch, α = 1e-7, batch 1', () => {
    const { network, examples } = setUp(readFileSync(fixture('backward-pass.json'), 'utf8'));

    const training = train(network, examples, settings({ lr: parseLiteral('1e-7') }));

    // Samples 1 and 2 are fitted exactly (Loss 0, every δ 0). Sample 3: o^2 = 0, Loss = ½,
    // δ^2 = -1, δw^2 = -(0, 2000, 3000); W^2 = (1/200, -3/11600 + 2/10000, 1/5800 + 3/10000).
    expect(training.steps.map((step) => show(step.loss))).toEqual(['0', '0', '1/2']);
    expect(parameters(training.network)[1]).toEqual({
      weights: [['1/200', '-17/290000', '137/290000']],
    });
    // o^2 = 1/2 − 34000/290000 + 13700/290000 = 43/100; then 1;
    // then −34000/290000 + 411000/290000 = 13/10.
    const outputs = training.after.traces.map((trace) => show(trace.layers[2].output[0]));
    expect(outputs).toEqual(['43/100', '1', '13/10']);
    // ½(43/100)² + 0 + ½(3/10)² = 1849/20000 + 900/20000.
    expect(show(training.after.totalLoss)).toBe('2749/20000');
    expect(show(training.before.totalLoss)).toBe('1/2');
  });
});

describe('a batch step', () => {
  // At w = 1, b = 0: sample 1 gives o = 1, δ = -1, δw = -1, δb = -1, Loss = 1/2;
  // sample 2 gives o = 2, δ = 2, δw = 4, δb = 2, Loss = 2.
  it('with sum adds the gradients of the samples', () => {
    const { network, examples } = setUp(pair);

    const [step] = train(network, examples, settings({ batch: 2, reduction: 'sum' })).steps;

    expect(step.samples).toEqual([0, 1]);
    expect(show(step.factor)).toBe('1');
    expect(show(step.loss)).toBe('5/2');
    expect(step.traces.map((trace) => show(trace.lossDelta[0]))).toEqual(['-1', '2']);
    expect(show(step.weightGrad[1][0][0])).toBe('3');
    expect(show(step.biasGrad[1][0])).toBe('1');
    // w = 1 − 3/10, b = 0 − 1/10.
    expect(parameters(step.network)).toEqual([{ weights: [['7/10']], bias: ['-1/10'] }]);
  });

  it("with mean gives every sample's δ the factor 1/2", () => {
    const { network, examples } = setUp(pair);

    const [step] = train(network, examples, settings({ batch: 2, reduction: 'mean' })).steps;

    expect(show(step.factor)).toBe('1/2');
    expect(show(step.loss)).toBe('5/4');
    expect(step.traces.map((trace) => show(trace.loss))).toEqual(['1/2', '2']);
    expect(step.traces.map((trace) => show(trace.lossDelta[0]))).toEqual(['-1/2', '1']);
    expect(step.traces.map((trace) => show(trace.layers[0].weightGrad![0][0]))).toEqual([
      '-1/2',
      '2',
    ]);
    expect(show(step.weightGrad[1][0][0])).toBe('3/2');
    expect(show(step.biasGrad[1][0])).toBe('1/2');
    // w = 1 − 3/20, b = 0 − 1/20.
    expect(parameters(step.network)).toEqual([{ weights: [['17/20']], bias: ['-1/20'] }]);
  });

  it('splits an epoch into consecutive batches, the last one smaller', () => {
    expect(batchesOf(5, 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(batchesOf(3, 3)).toEqual([[0, 1, 2]]);
  });

  it('takes the mean of the last, smaller batch over its own size', () => {
    const three = { ...pair, samples: [...pair.samples, { x: ['1'], y: ['1'] }] };
    const { network, examples } = setUp(three);

    const training = train(network, examples, settings({ batch: 2 }));

    expect(training.steps.map((step) => step.samples)).toEqual([[0, 1], [2]]);
    expect(training.steps.map((step) => show(step.factor))).toEqual(['1/2', '1']);
  });
});

describe('gradients at the weights from before the update', () => {
  it('runs every sample of a batch at the old weights', () => {
    const { network, examples } = setUp(pair);

    const [step] = train(network, examples, settings({ batch: 2, reduction: 'sum' })).steps;

    // Sample 2 at the old w = 1, b = 0 gives o = 2; after an update from sample 1 alone
    // (w = 11/10, b = 1/10) it would give 23/10.
    expect(show(step.traces[1].layers[0].output[0])).toBe('2');
    expect(parameters(step.network)).toEqual([{ weights: [['7/10']], bias: ['-1/10'] }]);
  });

  it('differs from updating after each sample, which batch 1 does on purpose', () => {
    const { network, examples } = setUp(pair);

    const training = train(network, examples, settings({ batch: 1, reduction: 'sum' }));

    // Sample 1: w = 1 + 1/10 = 11/10, b = 0 + 1/10. Sample 2 at those: o = 23/10, δ = 23/10,
    // δw = 23/5; w = 11/10 − 23/50 = 16/25, b = 1/10 − 23/100 = -13/100 (not 7/10, -1/10).
    expect(parameters(training.steps[0].network)).toEqual([
      { weights: [['11/10']], bias: ['1/10'] },
    ]);
    expect(parameters(training.network)).toEqual([{ weights: [['16/25']], bias: ['-13/100'] }]);
  });

  it('takes δ^2 through the old W^2 of a two-layer network', () => {
    const { network, examples } = setUp(twoLinear);

    const [step] = train(network, examples, settings()).steps;

    // δ^3 = 2 − 1 = 1, δw^2 = δ^3 · o^1 = 1, δ^2 = δ^3 · W^2 = 2 with the old W^2 = 2, so
    // δw^1 = 2 and W^1 = 1 − 2/10 = 4/5. Had W^2 = 19/10 been used: δw^1 = 19/10, W^1 = 81/100.
    expect(show(step.traces[0].layers[1].delta[0])).toBe('2');
    expect(show(step.weightGrad[1][0][0])).toBe('2');
    expect(parameters(step.network)).toEqual([{ weights: [['4/5']] }, { weights: [['19/10']] }]);
  });
});

describe('a frozen parameter', () => {
  it('is used in the pass and reported, but never updated', () => {
    const { network, examples } = setUp(neuron({ frozen: ['bias'] }));

    const training = train(network, examples, settings());

    expect(show(training.steps[0].biasGrad[1][0])).toBe('3');
    expect(parameters(training.network)).toEqual([{ weights: [['11/10']], bias: ['1'] }]);
    // o = 11/10 · 3 + 1 = 43/10, Loss = ½(3/10)² = 9/200.
    expect(show(training.after.totalLoss)).toBe('9/200');
  });

  it('can be every parameter of the layer', () => {
    const { network, examples } = setUp(neuron({ frozen: ['weights', 'bias'] }));

    const training = train(network, examples, settings({ epochs: 2 }));

    expect(parameters(training.network)).toEqual([{ weights: [['2']], bias: ['1'] }]);
    expect(show(training.after.totalLoss)).toBe('9/2');
  });
});

describe('several epochs', () => {
  it('trains two linear layers for three epochs', () => {
    const { network, examples } = setUp(twoLinear);

    const training = train(network, examples, settings({ epochs: 3 }));

    expect(training.steps.map((step) => step.epoch)).toEqual([1, 2, 3]);
    // Epoch 1: see above; W^1 = 4/5, W^2 = 19/10.
    // Epoch 2: o^1 = 4/5, o^2 = 38/25, Loss = ½(13/25)² = 169/1250, δ^3 = 13/25,
    // δw^2 = 13/25 · 4/5 = 52/125, δ^2 = δw^1 = 13/25 · 19/10 = 247/250;
    // W^1 = 4/5 − 247/2500 = 1753/2500, W^2 = 19/10 − 52/1250 = 2323/1250.
    expect(show(training.steps[1].loss)).toBe('169/1250');
    expect(parameters(training.steps[1].network)).toEqual([
      { weights: [['1753/2500']] },
      { weights: [['2323/1250']] },
    ]);
    // Epoch 3, by the same formulas with Python's fractions.Fraction as a second method:
    // o^2 = 4072219/3125000, δ^3 = 947219/3125000.
    expect(show(training.steps[2].traces[0].lossDelta[0])).toBe('947219/3125000');
    expect(parameters(training.network)).toEqual([
      { weights: [['25190235263/39062500000']] },
      { weights: [['143527025093/78125000000']] },
    ]);
  });
});

describe('the growth of exact numbers', () => {
  it('stops at the first parameter beyond the bound, naming it', () => {
    const { network, examples } = setUp(neuron());

    const run = () => train(network, examples, settings({ maxDigits: 1 }));

    // After one step w = 11/10: two digits in numerator and denominator.
    expect(run).toThrow(GrowthError);
    expect(run).toThrow('epoch 1, step 1: layers[0].weights[0][0] has 2 digits, beyond 1');
  });

  it('stops in the middle of a pass, naming the step and the sample', () => {
    const { network, examples } = setUp(twoLinear);

    // Epoch 2 (see the three-epoch test): δ^3 = 13/25, then ½ · (13/25)² = 169/1250.
    expect(() => train(network, examples, settings({ epochs: 2, maxDigits: 3 }))).toThrow(
      'epoch 2, step 2: the pass of sample 1 has 4 digits, beyond 3',
    );
  });

  it('checks the pass before training too', () => {
    const { network, examples } = setUp({ ...neuron(), samples: [{ x: ['100'], y: ['4'] }] });

    // The first product, 2 · 100 = 200, has three digits.
    expect(() => train(network, examples, settings({ maxDigits: 2 }))).toThrow(
      'before training: the pass of sample 1 has 3 digits, beyond 2',
    );
  });

  it('counts the digits of the longer of numerator and denominator', () => {
    expect(digitsOf('-17/290000')).toBe(6);
    expect(digitsOf('1234')).toBe(4);
  });
});

describe('other number kinds', () => {
  function floatSetUp(text: string) {
    const file = readNetwork(text, 'test.json');
    const float = floatArithmetic();
    const examples = file.samples.map((sample) => ({
      x: sample.x.map(float.fromExact),
      y: sample.y.map(float.fromExact),
    }));
    return { network: buildNetwork(file, float), examples };
  }
  const weightsOf = (network: Network<number>, index: number) =>
    (network.specs[index] as Parameters<number>).weights!;

  it('trains two linear layers in float64 close to the exact weights', () => {
    const { network, examples } = floatSetUp(JSON.stringify(twoLinear));

    const training = train(network, examples, { ...settings({ epochs: 3 }), lr: 0.1 });

    // The exact weights of the three-epoch test above.
    expect(weightsOf(training.network, 0)[0][0]).toBeCloseTo(25190235263 / 39062500000, 14);
    expect(weightsOf(training.network, 1)[0][0]).toBeCloseTo(143527025093 / 78125000000, 14);
  });

  it('leaves the bundled example untrained in float64, where X^3 falls below the kink', () => {
    const { network, examples } = floatSetUp(readFileSync(fixture('backward-pass.json'), 'utf8'));

    const training = train(network, examples, { ...settings(), lr: 1e-7 });

    // Exactly, X^3 of sample 3 is 0 and ReLU's slope there is 1; in float64 it is about
    // -1.1e-16, the slope 0, every δ 0, and W^2 stays as it was.
    expect(training.steps[2].traces[0].layers[2].input[0]).toBeLessThan(0);
    expect(weightsOf(training.network, 1)).toEqual(weightsOf(network, 1));
  });
});
