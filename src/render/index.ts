export * from './json.js';
export * from './table.js';
export * from './values.js';
export * from './train-json.js';
export * from './train-table.js';
