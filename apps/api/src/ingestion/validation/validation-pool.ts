import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ResourceKind } from '@marketlens/ingest';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ValidatedBatch, ValidationContext } from './upload-validator.js';
import type { FromWorker, HeaderResult, ToWorker, ValidationTask } from './validation-protocol.js';

/** Validation threads: a few, so parallel uploads share the cores with the request-serving thread. */
const THREADS = Math.min(4, availableParallelism());
/** Idle threads end after this long (the next upload starts one again). */
const IDLE_MS = 30_000;
/** Bytes handed to the worker per request for more. */
const PIECE_BYTES = 64 * 1024;

/** The worker's compiled file: tests load this module from its TypeScript source, a thread runs JavaScript. */
function workerFile(): string {
  const href = new URL('./validation-worker.js', import.meta.url).href;
  return import.meta.url.endsWith('.ts') ? href.replace(/\/src\/ingestion\/validation\/(?=[^/]+$)/, '/dist/ingestion/validation/') : href;
}

/**
 * The process's Node options for the threads, less export conditions: under the test runner they
 * point workspace libraries at their TypeScript sources, which a plain thread cannot load.
 */
function threadExecArgv(): string[] {
  const kept: string[] = [];
  for (let index = 0; index < process.execArgv.length; index++) {
    const arg = process.execArgv[index]!;
    if (arg === '--conditions' || arg === '-C') index++;
    else if (!arg.startsWith('--conditions=')) kept.push(arg);
  }
  return kept;
}

/** Reads a file in pieces for the worker; a failing file (a cut-off upload) rejects here. */
class PieceReader {
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(
    private readonly source: Readable,
    private readonly onBytes: (chunk: Buffer) => void,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  async next(): Promise<Buffer | undefined> {
    const pieces: Buffer[] = [];
    let size = 0;
    while (size < PIECE_BYTES) {
      const { value, done } = await this.iterator.next();
      if (done) break;
      const chunk = value as Buffer;
      this.onBytes(chunk);
      pieces.push(chunk);
      size += chunk.length;
    }
    return size === 0 ? undefined : Buffer.concat(pieces, size);
  }

  close(): void {
    this.source.destroy();
  }
}

/**
 * The receiving side of one worker task: answers the worker's requests for bytes, hands its batches
 * over (one at a time, in order) and reports the first failure, its own or the worker's.
 */
class WorkerFeed {
  readonly failed: Promise<never>;
  /** Ends the feed with an error: whatever waits on it rejects. */
  fail!: (error: unknown) => void;
  private queue: Promise<void> = Promise.resolve();
  private reader: PieceReader | undefined;
  private onBatch: ((batch: ValidatedBatch) => Promise<void>) | undefined;
  private onResourceDone: (() => void) | undefined;

  constructor(
    private readonly port: MessagePort,
    task: Promise<unknown>,
  ) {
    this.failed = new Promise<never>((_, reject) => (this.fail = reject));
    this.failed.catch(() => undefined);
    task.catch((error: unknown) => this.fail(error));
    port.on('message', (message: FromWorker) => {
      this.queue = this.queue.then(() => this.handle(message)).catch((error: unknown) => this.fail(error));
    });
  }

  /** Streams `source` to the worker; resolves when the worker is done with it and every batch is handled. */
  run(source: Readable, onBytes: (chunk: Buffer) => void, onBatch?: (batch: ValidatedBatch) => Promise<void>): Promise<void> {
    this.reader = new PieceReader(source, onBytes);
    this.onBatch = onBatch;
    const done = new Promise<void>((resolve) => (this.onResourceDone = resolve));
    return Promise.race([done, this.failed]);
  }

  post(message: ToWorker): void {
    this.port.postMessage(message);
  }

  close(): void {
    this.reader?.close();
    this.reader = undefined;
    this.port.close();
  }

  private async handle(message: FromWorker): Promise<void> {
    if (message.type === 'more') {
      const piece = await this.reader?.next();
      this.post(piece ? { type: 'chunk', data: piece } : { type: 'end' });
    } else if (message.type === 'batch') {
      await this.onBatch?.(message.batch);
    } else {
      this.reader?.close();
      this.reader = undefined;
      this.onResourceDone?.();
    }
  }
}

/** One upload's validation on a worker thread: its resources in order, then finish (or abandon). */
export class ValidationSession {
  constructor(
    private readonly feed: WorkerFeed,
    private readonly task: Promise<unknown>,
    private readonly abort: AbortController,
  ) {}

  /** Validates one resource; `onBytes` sees every byte read, `onBatch` each batch of results in order. */
  async validate(input: Readable, kind: ResourceKind, file: string, onBytes: (chunk: Buffer) => void, onBatch: (batch: ValidatedBatch) => Promise<void>): Promise<void> {
    const done = this.feed.run(input, onBytes, onBatch);
    this.feed.post({ type: 'resource', kind, file });
    await done;
  }

  async finish(): Promise<void> {
    this.feed.post({ type: 'close' });
    try {
      await Promise.race([this.task, this.feed.failed]);
    } finally {
      this.feed.close();
    }
  }

  /** Stops the worker's task at once (its thread is replaced) and closes the files it was reading. */
  abandon(): void {
    this.abort.abort();
    this.feed.close();
  }
}

/**
 * Parsing and validation run here, on worker threads (a piscina pool), never on the event loop that
 * serves requests: a large or error-heavy upload cannot stall /health or anyone's query.
 */
@Injectable()
export class ValidationPool implements OnModuleDestroy {
  private readonly pool = new Piscina<ValidationTask, HeaderResult | null>({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: THREADS,
    idleTimeout: IDLE_MS,
    // Tasks talk over their own MessagePort; a worker waiting for a task must not block its event loop.
    atomics: 'disabled',
    execArgv: threadExecArgv(),
  });
  private readonly active = new Set<{ feed: WorkerFeed; abort: AbortController }>();

  constructor() {
    // A thread that fails outside a task (it could not start): every task waiting for one fails,
    // rather than waiting forever — and the pool's error never goes unheard.
    this.pool.on('error', (error: unknown) => {
      for (const { feed, abort } of this.active) {
        feed.fail(error);
        abort.abort();
      }
    });
  }

  /** A file's header (the first record of a CSV, the keys of a JSON array's first object) or why it has none. */
  async readHeader(input: Readable, file: string): Promise<HeaderResult> {
    const { feed, task, abort } = this.start((port) => ({ job: 'header', file, port }));
    const result = Promise.race([task, feed.failed]) as Promise<HeaderResult>;
    void feed.run(input, () => undefined).catch(() => undefined);
    try {
      return await result;
    } catch (error) {
      abort.abort();
      throw error;
    } finally {
      feed.close();
    }
  }

  open(context: ValidationContext): ValidationSession {
    const { feed, task, abort } = this.start((port) => ({ job: 'validate', context, port }));
    return new ValidationSession(feed, task, abort);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }

  private start(taskFor: (port: MessagePort) => ValidationTask): { feed: WorkerFeed; task: Promise<unknown>; abort: AbortController } {
    const channel = new MessageChannel();
    const abort = new AbortController();
    const task = this.pool.run(taskFor(channel.port2), { transferList: [channel.port2], signal: abort.signal });
    const feed = new WorkerFeed(channel.port1, task);
    const entry = { feed, abort };
    this.active.add(entry);
    const forget = (): void => void this.active.delete(entry);
    task.then(forget, forget);
    feed.failed.catch(forget);
    return { feed, task, abort };
  }
}
