import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import * as z from 'zod';
import { LiteralError, parseLiteral } from '../numbers/index.js';

/** A JSON number as the lossless parser keeps it: its text, not a float. */
export const jsonNumber = z.custom<LosslessNumber>(isLosslessNumber, {
  error: 'expected a number or a string holding one',
});

/**
 * A number of the network file: a JSON number taken as written, or a string with a decimal,
 * a fraction or plain arithmetic. Always an exact fraction.
 */
export const exactNumber = z
  // One check rather than a union of two: a network file may hold 100 000 numbers.
  .custom<LosslessNumber | string>((value) => typeof value === 'string' || isLosslessNumber(value), {
    error: 'expected a number or a string holding one',
  })
  .meta({ type: ['number', 'string'] })
  .transform((value, ctx) => {
  const text = typeof value === 'string' ? value : value.value;
  try {
    return parseLiteral(text);
  } catch (error) {
    if (!(error instanceof LiteralError)) throw error;
    ctx.issues.push({ code: 'custom', message: `"${text}": ${error.message}`, input: value });
    return z.NEVER;
  }
});

/** A whole number from `min` up, written as a JSON number. */
export function wholeNumber(min: number) {
  return jsonNumber.transform((value, ctx) => {
    const n = Number(value.value);
    if (!/^\d+$/.test(value.value) || !Number.isSafeInteger(n) || n < min) {
      ctx.issues.push({
        code: 'custom',
        message: `expected a whole number of at least ${min}, found ${value.value}`,
        input: value,
      });
      return z.NEVER;
    }
    return n;
  }).meta({ type: 'integer', minimum: min });
}

/** ReLU's derivative at exactly 0: the reference article's 1, or PyTorch's 0. */
export const reluAtZero = jsonNumber.transform((value, ctx) => {
  if (value.value === '0' || value.value === '1') return Number(value.value) as 0 | 1;
  ctx.issues.push({ code: 'custom', message: `expected 0 or 1, found ${value.value}`, input: value });
  return z.NEVER;
}).meta({ enum: [0, 1] });

export type ReluAtZero = z.output<typeof reluAtZero>;
