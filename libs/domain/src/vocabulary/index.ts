export * from './metrics.js';
export * from './units.js';
export * from './segments.js';
export * from './geographies.js';
export * from './kinds.js';
