import { describe, expect, it } from 'vitest';
import { DomainError, LOSSES } from '../../src/losses/index.js';
import { exactArithmetic, parseLiteral } from '../../src/numbers/index.js';
import { expectDigits, values } from '../oracle.js';

const ar = exactArithmetic();

function evaluate(name: keyof typeof LOSSES, output: string[], expected: string[]) {
  const { loss, delta } = LOSSES[name].evaluate(ar, values(ar, ...output), values(ar, ...expected));
  return { loss: ar.format(loss), delta: delta.map(ar.format), exact: ar.isExact(loss) };
}

// X − y = (1/2 − 1, 2 − 0, 0 − 1) = (−1/2, 2, −1)
// Σ (X − y)² = 1/4 + 4 + 1 = 21/4; m = 3
const X = ['1/2', '2', '0'];
const Y = ['1', '0', '1'];

describe('squared-error losses', () => {
  it('half-squared-error: ½ Σ (X − y)², δ = X − y', () => {
    expect(evaluate('half-squared-error', X, Y)).toEqual({
      loss: '21/8',
      delta: ['-1/2', '2', '-1'],
      exact: true,
    });
  });

  it('squared-error: Σ (X − y)², δ = 2 (X − y)', () => {
    expect(evaluate('squared-error', X, Y)).toEqual({
      loss: '21/4',
      delta: ['-1', '4', '-2'],
      exact: true,
    });
  });

  it('mean-squared-error: the mean over the outputs, δ = 2 (X − y) / m', () => {
    expect(evaluate('mean-squared-error', X, Y)).toEqual({
      loss: '7/4',
      delta: ['-1/3', '4/3', '-2/3'],
      exact: true,
    });
  });
});

describe('binary-cross-entropy', () => {
  it('averages over the outputs; δ stays exact where the loss is not', () => {
    // Loss = −½ (ln 1/4 + ln(1 − 1/2)) = ½ ln 8;  δ = (−1/(1/4), 1/(1 − 1/2)) / 2
    const result = evaluate('binary-cross-entropy', ['1/4', '1/2'], ['1', '0']);

    expect(result).toMatchObject({ delta: ['-2', '1'], exact: false });
    expectDigits(result.loss, '1.0397207708399179641258481821872648521132502015404', 39);
  });

  it('takes a probability as target', () => {
    // Loss = −(1/4 ln 1/2 + 3/4 ln 1/2) = ln 2;  δ = (3/4)/(1/2) − (1/4)/(1/2) = 1
    const result = evaluate('binary-cross-entropy', ['1/2'], ['1/4']);

    expect(result.delta).toEqual(['1']);
    expectDigits(result.loss, '0.69314718055994530941723212145817656807550013436025', 39);
  });

  it('costs exactly 0 for a certain, right answer', () => {
    expect(evaluate('binary-cross-entropy', ['1'], ['1'])).toEqual({
      loss: '0',
      delta: ['-1'],
      exact: true,
    });
  });

  it('rejects an output that is not a probability, naming it', () => {
    expect(() => evaluate('binary-cross-entropy', ['1/2', '3/2'], ['1', '1'])).toThrow(
      new DomainError('binary-cross-entropy: X_2 = 3/2 is not a probability'),
    );
    expect(() => evaluate('binary-cross-entropy', ['0'], ['1'])).toThrow(
      'binary-cross-entropy: X = 0 makes a term ln 0',
    );
  });

  it('rejects a target outside [0, 1]', () => {
    const target = ['1/2', '3/2'].map(parseLiteral);

    expect(LOSSES['binary-cross-entropy'].checkExpected?.(target)).toBe(
      'y_2 = 3/2 is not a probability',
    );
  });
});

describe('cross-entropy', () => {
  it('takes −y_i / X_i as δ and −Σ y_i ln X_i as the loss', () => {
    const result = evaluate('cross-entropy', ['1/2', '1/4', '1/4'], ['0', '1', '0']);

    expect(result).toMatchObject({ delta: ['0', '-4', '0'], exact: false });
    expectDigits(result.loss, '1.3862943611198906188344642429163531361510002687205', 39);
  });

  it('leaves out the terms whose target is 0', () => {
    expect(evaluate('cross-entropy', ['1', '0'], ['1', '0'])).toEqual({
      loss: '0',
      delta: ['-1', '0'],
      exact: true,
    });
  });

  it('rejects a zero probability where the target is not 0', () => {
    expect(() => evaluate('cross-entropy', ['1', '0'], ['0', '1'])).toThrow(
      'cross-entropy: X_2 = 0 where y_2 ≠ 0; ln X_2 needs X_2 > 0',
    );
  });

  it('wants a target that is a probability vector', () => {
    const check = LOSSES['cross-entropy'].checkExpected!;

    expect(check(['1/2', '1/4'].map(parseLiteral))).toBe('sums to 3/4, not 1');
    expect(check(['-1', '2'].map(parseLiteral))).toBe('y_1 is negative');
    expect(check(['1/3', '2/3'].map(parseLiteral))).toBeUndefined();
  });
});
