export * from './vocabulary/index.js';
export * from './period.js';
export * from './names.js';
export * from './links.js';
