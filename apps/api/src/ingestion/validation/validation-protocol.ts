import type { Problem, ResourceKind } from '@marketlens/ingest';
import type { MessagePort } from 'node:worker_threads';
import type { ValidatedBatch, ValidationContext } from './upload-validator.js';

/**
 * The messages between the thread that receives an upload and the worker thread that validates it.
 * The worker pulls bytes ('more'), one piece at a time, and the receiving side answers only once it
 * has stored every batch sent before: memory stays bounded however large the file.
 */
export type ValidationTask =
  | { readonly job: 'header'; readonly file: string; readonly port: MessagePort }
  | { readonly job: 'validate'; readonly context: ValidationContext; readonly port: MessagePort };

export type HeaderResult = readonly string[] | Problem;

export type ToWorker =
  | { readonly type: 'resource'; readonly kind: ResourceKind; readonly file: string }
  | { readonly type: 'chunk'; readonly data: Uint8Array }
  | { readonly type: 'end' }
  | { readonly type: 'close' };

export type FromWorker =
  | { readonly type: 'more' }
  | { readonly type: 'batch'; readonly batch: ValidatedBatch }
  | { readonly type: 'resource-done' };
