import * as z from 'zod';

/** The trainable parameters of a layer, by their names in the network file. */
export const PARAMETER_NAMES = ['weights', 'bias'] as const;

export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** `"frozen": ["bias"]`: parameters that the passes use and training never updates. */
export const frozenSchema = z
  .array(z.enum(PARAMETER_NAMES))
  .min(1)
  .meta({ description: 'parameters that training uses but never updates' });
