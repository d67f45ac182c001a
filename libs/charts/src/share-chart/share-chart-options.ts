import type { ChartEvent } from '../marks/event-rules.js';
import type { IncompletePeriod } from '../marks/missing-marks.js';
import type { SeriesLayout, SharePoint, ShareSeries } from '../marks/placed-series.js';
import { ChartOptionError, oneOf, timeSpan } from '../options.js';

export interface ShareChartPoint extends SharePoint {
  /** The value as the reader should see it ("18.5 million"). */
  readonly value: string;
  /** The value in the base unit, for the absolute-values view. */
  readonly amount?: number;
  /** Extra lines for the tooltip (notes, coverage of the period). */
  readonly details: readonly string[];
}

export interface ShareChartData {
  readonly series: readonly ShareSeries<ShareChartPoint>[];
  /** Every period label of the view, oldest first. */
  readonly periods: readonly string[];
  /** The citation every number of the chart comes from. */
  readonly citation: string;
  readonly label: string;
  /** The y axis title in the absolute-values view ("Unique users (people)"). */
  readonly amountLabel?: string;
  readonly events?: readonly ChartEvent[];
  /** Periods whose shares leave out some of the view's products. */
  readonly incomplete?: readonly IncompletePeriod[];
}

export type ShareMeasure = 'share' | 'amount';

export interface ShareChartOptions {
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  /** Lines with dots (default) or stacked bands. */
  readonly layout?: SeriesLayout;
  /** Shares of the compared total (default) or the values themselves. */
  readonly measure?: ShareMeasure;
  /** Series keys switched off in the legend. */
  readonly hidden?: readonly string[];
  /** The time span to draw (the requested period range); the data's own span when absent. */
  readonly domain?: readonly [Date, Date] | null;
  /** The zoomed part of the span; null or absent for all of it. */
  readonly zoom?: readonly [Date, Date] | null;
  /** Shares on lines span 0–100% (to read two charts side by side on one scale); otherwise up to the largest share. */
  readonly fullShareAxis?: boolean;
  /** Draw the brush strip that zooms the time axis (default true). */
  readonly brush?: boolean;
  /** Called when a brush ends: the new zoom, or null when cleared. */
  readonly onZoom?: (zoom: [Date, Date] | null) => void;
  /** Makes the legend items buttons that call this with their key. */
  readonly onToggleSeries?: (key: string) => void;
}

export interface ShareChartSettings {
  readonly layout: SeriesLayout;
  readonly measure: ShareMeasure;
  readonly hidden: ReadonlySet<string>;
  readonly domain: [Date, Date] | null;
  readonly zoom: [Date, Date] | null;
  readonly brush: boolean;
  readonly fullShareAxis: boolean;
}

/** Validates the options; an error names the option and the value. */
export function readShareOptions(data: ShareChartData, options: ShareChartOptions): ShareChartSettings {
  const measure = oneOf('measure', options.measure, ['share', 'amount'] as const, 'share');
  if (measure === 'amount') {
    for (const entry of data.series) {
      const bad = entry.points.find((point) => typeof point.amount !== 'number' || !Number.isFinite(point.amount));
      if (bad) throw new ChartOptionError(`measure "amount" needs every point's amount; ${entry.label} ${bad.period} has ${JSON.stringify(bad.amount)}`);
    }
  }
  if (options.hidden !== undefined && !Array.isArray(options.hidden)) throw new ChartOptionError(`hidden must be a list of series keys, not ${JSON.stringify(options.hidden)}`);
  return {
    layout: oneOf('layout', options.layout, ['lines', 'stacked'] as const, 'lines'),
    measure,
    hidden: new Set(options.hidden ?? []),
    domain: timeSpan('domain', options.domain),
    zoom: timeSpan('zoom', options.zoom),
    brush: options.brush ?? true,
    fullShareAxis: options.fullShareAxis ?? false,
  };
}
