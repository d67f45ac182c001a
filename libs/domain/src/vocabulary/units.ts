/** Units a dataset may state; every unit maps to a base unit by a factor. */
export const BASE_UNITS = ['count', 'percent', 'usd', 'minutes'] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

interface UnitDefinition {
  readonly base: BaseUnit;
  readonly factor: number;
}

const UNIT_DEFINITIONS = {
  count: { base: 'count', factor: 1 },
  thousand: { base: 'count', factor: 1e3 },
  million: { base: 'count', factor: 1e6 },
  billion: { base: 'count', factor: 1e9 },
  percent: { base: 'percent', factor: 1 },
  usd: { base: 'usd', factor: 1 },
  usd_thousand: { base: 'usd', factor: 1e3 },
  usd_million: { base: 'usd', factor: 1e6 },
  usd_billion: { base: 'usd', factor: 1e9 },
  minutes: { base: 'minutes', factor: 1 },
  minutes_thousand: { base: 'minutes', factor: 1e3 },
  minutes_million: { base: 'minutes', factor: 1e6 },
  minutes_billion: { base: 'minutes', factor: 1e9 },
} as const satisfies Record<string, UnitDefinition>;

export type Unit = keyof typeof UNIT_DEFINITIONS;
export const UNITS = Object.keys(UNIT_DEFINITIONS) as Unit[];

export const isUnit = (value: string): value is Unit => Object.hasOwn(UNIT_DEFINITIONS, value);

export const baseUnitOf = (unit: Unit): BaseUnit => UNIT_DEFINITIONS[unit].base;

/** The value expressed in its base unit (18.1 million → 18,100,000 count). */
export function toBaseUnit(value: number, unit: Unit): number {
  const { factor } = UNIT_DEFINITIONS[unit];
  // Multiply through a decimal string to avoid 18.1 * 1e6 = 18100000.000000004.
  return factor === 1 ? value : Number((value * factor).toPrecision(15));
}

/** How a value in each unit reads: a prefix and a suffix around the number. */
const UNIT_LABELS: Readonly<Record<Unit, readonly [string, string]>> = {
  count: ['', ''],
  thousand: ['', ' thousand'],
  million: ['', ' million'],
  billion: ['', ' billion'],
  percent: ['', '%'],
  usd: ['US$ ', ''],
  usd_thousand: ['US$ ', ' thousand'],
  usd_million: ['US$ ', ' million'],
  usd_billion: ['US$ ', ' billion'],
  minutes: ['', ' minutes'],
  minutes_thousand: ['', ' thousand minutes'],
  minutes_million: ['', ' million minutes'],
  minutes_billion: ['', ' billion minutes'],
};

/** A value as a reader expects it: "18.5 million", "US$ 35.2 million", "70%". */
export function formatQuantity(value: number, unit: string): string {
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  if (!isUnit(unit)) return `${number} ${unit}`;
  const [prefix, suffix] = UNIT_LABELS[unit];
  return `${prefix}${number}${suffix}`;
}
