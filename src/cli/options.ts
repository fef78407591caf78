import { InvalidArgumentError, Option } from 'commander';
import { MAX_PRECISION, NUMBER_KINDS } from '../numbers/index.js';

/** The default bound on the digits of an exact value. */
export const DEFAULT_MAX_DIGITS = 10_000;

/** Options shared by the commands, declared once. */
export const options = {
  maxDigits: () =>
    new Option(
      '--max-digits <n>',
      'stop at the first exact value whose numerator or denominator has more digits',
    )
      .argParser(wholeNumberArgument(1, 100_000_000))
      .default(DEFAULT_MAX_DIGITS),
  format: () =>
    new Option('-f, --format <format>', 'output format')
      .choices(['table', 'json'])
      .default('table'),
  numbers: () =>
    new Option('--numbers <kind>', 'kind of number: exact fractions, decimals or float64')
      .choices(NUMBER_KINDS)
      .default('exact'),
  precision: () =>
    new Option('--precision <digits>', 'significant digits of approximate values')
      .argParser(wholeNumberArgument(2, MAX_PRECISION))
      .default(40),
  reluAtZero: () =>
    new Option(
      '--relu-at-zero <0|1>',
      "ReLU's derivative at exactly 0 in every ReLU-like layer, over the file's: " +
        '1 (X ≥ 0) or 0 (as PyTorch takes it)',
    ).argParser((text) => {
      if (text !== '0' && text !== '1') {
        throw new InvalidArgumentError('expected 0 or 1');
      }
      return Number(text) as 0 | 1;
    }),
  colour: () => new Option('--color', 'colour the output even when it is not a terminal'),
  noColour: () => new Option('--no-color', 'never colour the output'),
};

export function wholeNumberArgument(min: number, max: number) {
  return (text: string): number => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}
