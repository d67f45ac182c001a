import { describe, expect, it } from 'vitest';
import { baseUnitOf, formatQuantity, isUnit, toBaseUnit } from './units.js';

describe('units', () => {
  it('normalizes to base units without float noise', () => {
    expect(toBaseUnit(18.1, 'million')).toBe(18_100_000);
    expect(toBaseUnit(9.2, 'minutes_billion')).toBe(9_200_000_000);
    expect(toBaseUnit(35.2, 'usd_million')).toBe(35_200_000);
    expect(toBaseUnit(70, 'percent')).toBe(70);
  });

  it('knows each unit base', () => {
    expect(baseUnitOf('minutes_billion')).toBe('minutes');
    expect(baseUnitOf('thousand')).toBe('count');
  });

  it('rejects unknown units and prototype keys', () => {
    expect(isUnit('millions')).toBe(false);
    expect(isUnit('toString')).toBe(false);
  });
});

describe('formatQuantity', () => {
  it.each([
    [18.5, 'million', '18.5 million'],
    [35.2, 'usd_million', 'US$ 35.2 million'],
    [70, 'percent', '70%'],
    [750000, 'count', '750,000'],
    [9.2, 'minutes_billion', '9.2 billion minutes'],
    [3, 'furlongs', '3 furlongs'],
  ])('formats %s %s as %s', (value, unit, expected) => {
    expect(formatQuantity(value, unit)).toBe(expected);
  });
});
