import { halfSquaredError } from './half-squared-error.js';
import type { LossKind } from './loss.js';

export type * from './loss.js';

/** Every loss, by the name a network file gives it. */
export const LOSSES = {
  'half-squared-error': halfSquaredError,
} as const satisfies Record<string, LossKind>;

export type LossName = keyof typeof LOSSES;

export const LOSS_NAMES = Object.keys(LOSSES) as LossName[];
