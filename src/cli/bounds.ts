import { boundedArithmetic, TooManyDigits } from '../engine/growth.js';
import { InputError } from '../network/index.js';
import type { Arithmetic } from '../numbers/index.js';

/**
 * The backend, with exact values bounded by `--max-digits`: a small file of long fractions
 * can otherwise make every later operation slower than the one before. Decimals and floats
 * have a fixed size and need no bound.
 */
export function bounded<N>(ar: Arithmetic<N>, maxDigits: number): Arithmetic<N> {
  return ar.kind === 'exact' ? boundedArithmetic(ar, maxDigits) : ar;
}

/** The message of a value past the bound, where `place` names the sample. */
export function tooManyDigits(error: TooManyDigits, place: string, limit: number): InputError {
  return new InputError(
    `--max-digits ${limit}: ${place}: a value has ${error.digits} digits; ` +
      'raise --max-digits, or use --numbers decimal',
  );
}

export { TooManyDigits };
