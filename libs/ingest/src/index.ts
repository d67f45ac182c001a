export * from './problem.js';
export * from './suggest.js';
export * from './row-reader.js';
export * from './csv-records.js';
export * from './read-resource.js';
export * from './datapackage.js';
export * from './dataset-folder.js';
export * from './resources/index.js';
