export * from './errors.js';
export { parseJson, readNetwork } from './read.js';
export { type NetworkFile, networkJsonSchema, networkSchema, type Sample } from './schema.js';
export { exactNumber } from './literals.js';
