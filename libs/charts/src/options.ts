/** Chart option errors name the option and the bad value, like Plot's: fail fast, say what. */
export class ChartOptionError extends Error {
  override readonly name = 'ChartOptionError';
}

export function positiveNumber(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ChartOptionError(`${name} must be a positive number, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** What every chart function returns: its SVG, and a way to remove everything it added. */
export interface RenderedChart {
  readonly svg: SVGSVGElement;
  destroy(): void;
}

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: Margins;
  /** Inner plotting area. */
  readonly innerWidth: number;
  readonly innerHeight: number;
}

export function frameOf(width: unknown, height: unknown, margin: Margins): Frame {
  const w = positiveNumber('width', width);
  const h = positiveNumber('height', height);
  const innerWidth = w - margin.left - margin.right;
  const innerHeight = h - margin.top - margin.bottom;
  if (innerWidth <= 0 || innerHeight <= 0) {
    throw new ChartOptionError(`width ${w} × height ${h} leaves no room inside the margins`);
  }
  return { width: w, height: h, margin, innerWidth, innerHeight };
}

/** One of a few allowed words; `fallback` when the option is left out. */
export function oneOf<Allowed extends string>(name: string, value: unknown, allowed: readonly Allowed[], fallback: Allowed): Allowed {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ChartOptionError(`${name} must be one of ${allowed.map((word) => JSON.stringify(word)).join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as Allowed;
}

/** A time span [start, end] with start before end, or null when the option is left out. */
export function timeSpan(name: string, value: unknown): [Date, Date] | null {
  if (value === undefined || value === null) return null;
  const valid = (date: unknown): date is Date => date instanceof Date && !Number.isNaN(date.getTime());
  if (!Array.isArray(value) || value.length !== 2 || !valid(value[0]) || !valid(value[1]) || value[0] >= value[1]) {
    const shown = Array.isArray(value) ? value.map((date) => (date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : String(date))) : value;
    throw new ChartOptionError(`${name} must be two dates, the first before the second, not ${JSON.stringify(shown)}`);
  }
  return [value[0], value[1]];
}

/** Unique ids for clip paths and markers, so several charts can share a page. */
let nextId = 0;
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
