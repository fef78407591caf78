export * from './json.js';
export * from './table.js';
export * from './values.js';
export * from './kinds.js';
export * from './check.js';
export * from './explain.js';
export * from './report.js';
