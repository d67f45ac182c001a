export * from './concentration.js';
export * from './effects/index.js';
