import { max, scaleLinear, scaleUtc } from 'd3';
import { granularityOf } from '../marks/axes.js';
import { placeSeries, type PlacedSeries } from '../marks/placed-series.js';
import type { Frame } from '../options.js';
import { paddedTimeDomain } from '../periods.js';
import type { ShareChartData, ShareChartPoint, ShareChartSettings } from './share-chart-options.js';

/** Views of this many periods or fewer get their values written beside the dots: a line needs more. */
export const FEW_PERIODS = 3;

/** What the share chart draws with: placed series, the full and the zoomed time scale, the value scale. */
export function shareScales(data: ShareChartData, settings: ShareChartSettings, frame: Frame) {
  const allPoints = data.series.flatMap((entry) => entry.points);
  const full = settings.domain ?? paddedTimeDomain(allPoints);
  const x = scaleUtc().domain(settings.zoom ?? full).range([0, frame.innerWidth]);
  const xFull = scaleUtc().domain(full).range([0, frame.innerWidth]);
  const valueOf = settings.measure === 'share' ? (point: ShareChartPoint) => point.share : (point: ShareChartPoint) => point.amount ?? 0;
  const placed: PlacedSeries<ShareChartPoint>[] = placeSeries(data.series, settings.layout, valueOf, settings.hidden);
  // Stacked shares span 0–100%; lines rise to the largest share unless two charts must share one scale.
  const highest = max(placed.flatMap((entry) => entry.points.map((point) => point.high))) ?? 1;
  const top = settings.measure === 'share' ? (settings.layout === 'stacked' || settings.fullShareAxis ? 1 : Math.min(1, highest * 1.1) || 1) : highest * 1.05 || 1;
  const y = scaleLinear().domain([0, top]).nice(5).range([frame.innerHeight, 0]);
  return { allPoints, full, x, xFull, y, placed, granularity: granularityOf(allPoints), few: data.periods.length <= FEW_PERIODS };
}

export type ShareScales = ReturnType<typeof shareScales>;
