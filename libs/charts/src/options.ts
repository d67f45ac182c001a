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
