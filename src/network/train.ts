import * as z from 'zod';
import { exactNumber, wholeNumber } from './literals.js';

/** How the losses of a batch combine into the one that is differentiated. */
export const REDUCTIONS = ['mean', 'sum'] as const;

export type Reduction = (typeof REDUCTIONS)[number];

/** The file's `"train"` object: defaults of `deltaflow train`, which its flags override. */
export const trainSchema = z.strictObject({
  lr: exactNumber
    .refine((value) => value.s > 0n && value.n !== 0n, { error: 'must be positive' })
    .meta({ description: 'the learning rate α' })
    .optional(),
  epochs: wholeNumber(1, 1_000_000).meta({ description: 'passes over the samples' }).optional(),
  batch: z
    .union([wholeNumber(1), z.literal('all')], {
      error: 'expected a whole number of at least 1, or "all"',
    })
    .meta({ description: 'samples per update, in file order, or "all"' })
    .optional(),
  reduction: z
    .enum(REDUCTIONS)
    .meta({ description: "the batch's loss: the mean or the sum of its samples' losses" })
    .optional(),
});

export type TrainFile = z.output<typeof trainSchema>;
