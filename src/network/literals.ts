import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import * as z from 'zod';
import { type Fraction, LiteralError, parseLiteral } from '../numbers/index.js';
import { quote } from './errors.js';

/**
 * A number of the network file: a JSON number taken as written, or a string with a decimal,
 * a fraction or plain arithmetic. Always an exact fraction.
 */
export const exactNumber = z
  // One check rather than a union of two: a network file may hold 100 000 numbers.
  .custom<LosslessNumber | string>(
    (value) => typeof value === 'string' || isLosslessNumber(value),
    {
      error: 'expected a number or a string holding one',
    },
  )
  .meta({ type: ['number', 'string'] })
  .transform((value, ctx) => {
    const text = typeof value === 'string' ? value : value.value;
    try {
      return parseLiteral(text);
    } catch (error) {
      if (!(error instanceof LiteralError)) throw error;
      ctx.issues.push({
        code: 'custom',
        message: `${quote(text)}: ${error.message}`,
        input: value,
      });
      return z.NEVER;
    }
  });

/**
 * A JSON number whose exact value `accept` takes (returning what it stands for) or refuses
 * (returning undefined). `1`, `1.0` and `1e0` are the same number, as JSON Schema has it.
 */
function numberWhere<T>(expected: string, accept: (value: Fraction) => T | undefined) {
  return z
    .custom<LosslessNumber>(isLosslessNumber, { error: `expected ${expected}` })
    .transform((value, ctx) => {
      let accepted: T | undefined;
      try {
        accepted = accept(parseLiteral(value.value));
      } catch (error) {
        if (!(error instanceof LiteralError)) throw error;
      }
      if (accepted !== undefined) return accepted;
      ctx.issues.push({
        code: 'custom',
        message: `expected ${expected}, found ${value.value}`,
        input: value,
      });
      return z.NEVER;
    });
}

const integerOf = (value: Fraction) =>
  value.d === 1n && value.n <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value.s * value.n)
    : undefined;

/** A whole number from `min` up (to `max`, if given), written as a JSON number. */
export function wholeNumber(min: number, max?: number) {
  const check = (value: Fraction) => {
    const n = integerOf(value);
    return n !== undefined && n >= min && (max === undefined || n <= max) ? n : undefined;
  };
  const expected =
    max === undefined
      ? `a whole number of at least ${min}`
      : `a whole number from ${min} to ${max}`;
  return numberWhere(expected, check).meta({
    type: 'integer',
    minimum: min,
    ...(max === undefined ? {} : { maximum: max }),
  });
}

/** ReLU's derivative at exactly 0: the reference article's 1, or PyTorch's 0. */
export const reluAtZero = numberWhere('0 or 1', (value) => {
  const n = integerOf(value);
  return n === 0 || n === 1 ? n : undefined;
}).meta({ enum: [0, 1] });

/** The version of the network file's format. */
export const formatVersion = numberWhere('1, the format this version reads', (value) =>
  integerOf(value) === 1 ? 1 : undefined,
).meta({ const: 1 });

export type ReluAtZero = z.output<typeof reluAtZero>;
