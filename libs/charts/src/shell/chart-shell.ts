import { create, type Selection } from 'd3';
import { legendHeight, legendMark, type LegendItem, type LegendOptions } from '../marks/legend.js';
import { frameOf, uniqueId, type Frame, type Margins, type RenderedChart } from '../options.js';
import { Tooltip } from '../tooltip.js';

export interface ShellOptions {
  /** The SVG's class ("share-chart"): what styles and tests find it by. */
  readonly className: string;
  /** Absent: the container's width. */
  readonly width?: number;
  readonly height: number;
  /** Space around the plot, the legend's rows excluded (the shell adds them at the bottom). */
  readonly margin: Margins;
  /** The chart's accessible name (its SVG `<title>`). */
  readonly title: string;
  /** What the chart shows and how to move through it (its SVG `<desc>`). */
  readonly description: string;
  /** A legend under the plot (or several, one under the other); their rows are added to the bottom margin. */
  readonly legend?: LegendGroup | readonly LegendGroup[];
}

export interface LegendGroup {
  readonly items: readonly LegendItem[];
  readonly options?: LegendOptions;
}

const LEGEND_GAP = 6;

type G = Selection<SVGGElement, undefined, null, undefined>;

export interface ChartShell {
  readonly svg: Selection<SVGSVGElement, undefined, null, undefined>;
  /** The plotting area, translated by the margins. */
  readonly plot: G;
  readonly frame: Frame;
  readonly tooltip: Tooltip;
  /** The (first) legend, when the options asked for one. */
  readonly legend: G | null;
  /** A clip path around the plot (grown by `pad` pixels each side): its `url(#…)`. */
  clip(pad?: number): string;
  /** A group for controls (the brush strip): shown on screen, left out of every export. */
  controls(): G;
  /** Puts the chart into its container and returns it with a `destroy()` that removes all it added. */
  mount(): RenderedChart;
}

const MIN_WIDTH = 240;

/** The width a chart takes when the caller gives none: its container's, never less than a phone's column. */
export function containerWidth(container: HTMLElement): number {
  return Math.max(MIN_WIDTH, container.clientWidth || 0);
}

/**
 * The one SVG set-up every chart shares (Plot-style: the chart adds only its marks): an SVG root with its
 * viewBox, accessible name and description, margins around a plot group, the legend placed under the plot,
 * a tooltip owned by the container, clip paths, a group of controls exports leave out, and `destroy()`.
 */
export function chartShell(container: HTMLElement, options: ShellOptions): ChartShell {
  const width = options.width ?? containerWidth(container);
  const groups: readonly LegendGroup[] = options.legend === undefined ? [] : 'items' in options.legend ? [options.legend] : options.legend;
  const legendWidth = Math.max(1, width - options.margin.left - options.margin.right);
  const heights = groups.map((group) => legendHeight(group.items, legendWidth, group.options?.title));
  const legendSpace = heights.reduce((sum, height) => sum + height + LEGEND_GAP, 0);
  const margin = { ...options.margin, bottom: options.margin.bottom + (legendSpace > 0 ? legendSpace + 4 : 0) };
  const frame = frameOf(width, options.height, margin);
  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');
  const svg = create<SVGSVGElement>('svg')
    .attr('class', options.className)
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${frame.width} ${frame.height}`)
    .attr('width', frame.width)
    .attr('height', frame.height)
    .attr('role', 'group')
    .attr('aria-labelledby', titleId)
    .attr('aria-describedby', descId)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  svg.append('title').attr('id', titleId).text(options.title);
  svg.append('desc').attr('id', descId).text(options.description);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${frame.margin.left},${frame.margin.top})`);
  let top = frame.height - legendSpace;
  const legends = groups.map((group, index) => {
    const placed = svg.append(() => legendMark(group.items, frame.innerWidth, group.options)).attr('transform', `translate(${frame.margin.left},${top})`);
    top += heights[index]! + LEGEND_GAP;
    return placed;
  });
  const legend = legends[0] ?? null;
  const tooltip = new Tooltip(container);
  let controls: G | null = null;
  return {
    svg,
    plot,
    frame,
    tooltip,
    legend,
    clip(pad = 8) {
      const id = uniqueId(`${options.className}-clip`);
      svg.insert('clipPath', 'g').attr('id', id).append('rect').attr('x', -pad).attr('y', -pad).attr('width', frame.innerWidth + 2 * pad).attr('height', frame.innerHeight + 2 * pad);
      return `url(#${id})`;
    },
    controls() {
      controls ??= svg.append('g').attr('class', 'chart-controls').attr('data-export', 'omit');
      return controls;
    },
    mount() {
      container.style.position = 'relative';
      container.append(svg.node()!);
      return {
        svg: svg.node()!,
        destroy() {
          tooltip.remove();
          svg.remove();
        },
      };
    },
  };
}
