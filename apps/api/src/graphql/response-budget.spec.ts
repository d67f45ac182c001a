import { describe, expect, it } from 'vitest';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { ResponseBudget } from './response-budget.js';

describe('ResponseBudget', () => {
  it('charges up to its limit, then refuses the response for good, naming what did not fit', () => {
    const budget = new ResponseBudget(1024 * 1024);
    budget.charge(1000 * 1024, 'Query.vendors (10 items)');
    expect(budget.rowsThatFit(1024)).toBe(24);
    expect(() => budget.charge(100 * 1024, 'Vendor.products (400 items)')).toThrow(
      'This response would be larger than the 1.0 MB allowed (RESPONSE_MAX_BYTES): Vendor.products (400 items) alone needs about 100 KB. Ask for a narrower range or fewer fields.',
    );
    expect(budget.refused).toBeInstanceOf(AppError);
    expect(budget.refused!.code).toBe(AppErrorCode.ResponseTooLarge);
    // Even what would still fit is refused now: the response is no longer built.
    expect(() => budget.charge(1, 'Vendor.products (1 items)')).toThrow(budget.refused!);
  });

  it('checks without charging', () => {
    const budget = new ResponseBudget(2048);
    budget.assertFits(2048, 'marketShare');
    budget.assertFits(2048, 'marketShare');
    expect(budget.remaining).toBe(2048);
    expect(() => budget.assertFits(2049, 'marketShare', 'Narrow it.')).toThrow(/marketShare alone needs about 3 KB\. Narrow it\.$/);
  });

  it('hands small responses back at once, and paces large ones turn by turn, in order', async () => {
    const budget = new ResponseBudget(10 * 1024 * 1024);
    expect(budget.pace(1024, 'small')).toBe('small');
    const paced = [budget.pace(64 * 1024, 'a'), budget.pace(10, 'b'), budget.pace(64 * 1024, 'c')];
    expect(paced.every((value) => value instanceof Promise)).toBe(true);
    const settled: string[] = [];
    await Promise.all(paced.map((value) => Promise.resolve(value).then((item) => settled.push(item))));
    expect(settled).toEqual(['a', 'b', 'c']);
  });
});
