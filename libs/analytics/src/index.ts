export * from './concentration.js';
export * from './effects/index.js';
export * from './forecasting/index.js';
export * from './distributions/index.js';
