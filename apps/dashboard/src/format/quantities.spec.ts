import { describe, expect, it } from 'vitest';
import { formatAmount } from './quantities';

describe('formatAmount', () => {
  it('reads large counts in millions and billions', () => {
    expect(formatAmount(21_500_000, 'count')).toBe('21.5 million');
    expect(formatAmount(940_000, 'count')).toBe('940 thousand');
    expect(formatAmount(1_234, 'count')).toBe('1,234');
    expect(formatAmount(42, 'count')).toBe('42');
  });

  it('says the unit, and the sign of a fall', () => {
    expect(formatAmount(35_200_000, 'usd')).toBe('US$ 35.2 million');
    expect(formatAmount(1.2e9, 'minutes')).toBe('1.2 billion minutes');
    expect(formatAmount(-2_500_000, 'count')).toBe('−2.5 million');
    expect(formatAmount(Number.NaN, 'count')).toBe('—');
  });
});
