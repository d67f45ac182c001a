import { setImmediate } from 'node:timers/promises';
import { AppError, AppErrorCode } from '../errors/app-error.js';

/** How much of a response is built between two turns of the event loop. */
const SLICE_BYTES = 64 * 1024;

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * How large one GraphQL response may grow (RESPONSE_MAX_BYTES), in estimated JSON bytes. Lists are
 * charged as they resolve, before their items are built; services that load rows check the budget
 * before loading them. Once one charge does not fit, the whole response is refused.
 */
export class ResponseBudget {
  private spent = 0;
  private refusal: AppError | undefined;
  private slices: Promise<unknown> = Promise.resolve();
  private sliceBytes = 0;
  private pacing = false;

  constructor(readonly maxBytes: number) {}

  get remaining(): number {
    return Math.max(0, this.maxBytes - this.spent);
  }

  /** Why the response was refused, once it was. */
  get refused(): AppError | undefined {
    return this.refusal;
  }

  /** The most rows of `bytesPerRow` that still fit. */
  rowsThatFit(bytesPerRow: number): number {
    return Math.floor(this.remaining / bytesPerRow);
  }

  /** Throws, refusing the response, when `bytes` more would not fit; charges nothing. */
  assertFits(bytes: number, what: string, advice = 'Ask for a narrower range or fewer fields.'): void {
    if (this.refusal) throw this.refusal;
    if (bytes <= this.remaining) return;
    this.refusal = new AppError(
      AppErrorCode.ResponseTooLarge,
      `This response would be larger than the ${size(this.maxBytes)} allowed (RESPONSE_MAX_BYTES): ${what} alone needs about ${size(bytes)}. ${advice}`,
      { maxBytes: this.maxBytes },
    );
    throw this.refusal;
  }

  /** Adds `bytes` to the response; throws, refusing it, past the limit. */
  charge(bytes: number, what: string): void {
    this.assertFits(bytes, what);
    this.spent += bytes;
  }

  /**
   * `value` at once, or, every SLICE_BYTES, once the event loop has had a turn after the slices
   * before it (chained, so each turn builds one slice): a large response never holds the loop long.
   */
  pace<T>(bytes: number, value: T): T | Promise<T> {
    this.sliceBytes += bytes;
    if (this.sliceBytes >= SLICE_BYTES) {
      this.sliceBytes = 0;
      this.slices = this.slices.then(() => setImmediate());
      this.pacing = true;
    }
    // Once pacing, every list waits for the latest turn, so each turn builds about one slice.
    return this.pacing ? this.slices.then(() => value) : value;
  }
}

/** What the GraphQL context carries for the budget (absent outside GraphQL requests). */
export interface BudgetedContext {
  readonly responseBudget?: ResponseBudget;
}
