import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Piscina } from 'piscina';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import type { WorkerTask } from './worker-task.js';

/** Tasks that may wait for a worker; past this the caller is told to come back. */
const QUEUE_PER_WORKER = 16;
/** Workers run below the event loop's priority, so requests are served first on a busy machine. */
const NICE_INCREMENT = 10;
/** A worker's heap; past it the worker alone dies, with its task. */
const WORKER_HEAP_MB = 512;

/**
 * Worker threads for CPU-heavy analyses (model fits, backtests, effect estimators), so the event
 * loop that serves requests (and /health) never runs them. The pool holds no state of its own
 * between tasks: inputs come in, results go out.
 */
@Injectable()
export class CpuPool implements OnApplicationShutdown {
  private readonly pool: Piscina;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.pool = new Piscina({
      maxThreads: config.analysis.workers,
      minThreads: 0,
      idleTimeout: 30_000,
      maxQueue: config.analysis.workers * QUEUE_PER_WORKER,
      niceIncrement: NICE_INCREMENT,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // None of the parent's flags: under the test runner they would resolve workspace libraries to
      // their TypeScript sources, which a worker cannot load.
      execArgv: [],
    });
  }

  /** Runs `task` on `input` in a worker; refuses when the queue is full, stops it past the timeout. */
  async run<F extends (input: never) => unknown>(task: WorkerTask<F>, input: Parameters<F>[0]): Promise<Awaited<ReturnType<F>>> {
    const signal = AbortSignal.timeout(this.config.analysis.timeoutMs);
    try {
      return (await this.pool.run(input, { filename: task.module, name: task.name, signal })) as Awaited<ReturnType<F>>;
    } catch (error) {
      if (error instanceof Error && error.message === 'Task queue is at limit') {
        throw new AppError(AppErrorCode.Busy, 'Every analysis worker is busy; try again in a minute.');
      }
      if (error instanceof Error && error.name === 'AbortError' && signal.aborted) {
        throw new AppError(AppErrorCode.TimedOut, `The analysis ran longer than ${this.config.analysis.timeoutMs / 1000} s (ANALYSIS_TIMEOUT_MS) and was stopped.`);
      }
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.destroy();
  }
}
