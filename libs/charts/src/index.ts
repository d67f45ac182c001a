export * from './options.js';
export * from './tooltip.js';
export * from './marks/axes.js';
export * from './marks/legend.js';
export * from './marks/share-lines.js';
export * from './share-chart/share-chart.js';
