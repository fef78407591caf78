import { binaryCrossEntropy } from './binary-cross-entropy.js';
import { crossEntropy } from './cross-entropy.js';
import { halfSquaredError } from './half-squared-error.js';
import type { LossKind } from './loss.js';
import { meanSquaredError } from './mean-squared-error.js';
import { squaredError } from './squared-error.js';

export type * from './loss.js';
export { DomainError } from './loss.js';

/** Every loss, by the name a network file gives it. */
export const LOSSES = {
  'half-squared-error': halfSquaredError,
  'squared-error': squaredError,
  'mean-squared-error': meanSquaredError,
  'binary-cross-entropy': binaryCrossEntropy,
  'cross-entropy': crossEntropy,
} as const satisfies Record<string, LossKind>;

export type LossName = keyof typeof LOSSES;

export const LOSS_NAMES = Object.keys(LOSSES) as LossName[];
