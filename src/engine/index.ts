export * from './network.js';
export * from './pass.js';
export type * from './trace.js';
export * from './train.js';
export { digitsOf, GrowthError } from './growth.js';
