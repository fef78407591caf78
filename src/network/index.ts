export * from './errors.js';
export { parseJson, readNetwork } from './read.js';
export {
  type NetworkFile,
  networkJsonSchema,
  networkSchema,
  outputSizeOf,
  type Sample,
  withReluAtZero,
} from './schema.js';
export { exactNumber } from './literals.js';
export { REDUCTIONS, type Reduction, type TrainFile } from './train.js';
export { type ParameterTexts, withParameters } from './write.js';
