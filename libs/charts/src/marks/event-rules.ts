import { create, select, type ScaleTime } from 'd3';
import type { Frame } from '../options.js';
import { textWidth } from '../shell/text-width.js';
import { PAPER } from '../shell/theme.js';

/** Something dated drawn on the time axis: a launch, a bundling… */
export interface ChartEvent {
  readonly key: string;
  readonly date: Date;
  readonly title: string;
  /** What the tooltip says under the title: date, description, source. */
  readonly lines: readonly string[];
  /** A short tag drawn before the title ("3"), matching a numbered list of the events beside the chart. */
  readonly tag?: string;
}

const EVENT_COLOR = '#9c4f00';
const CHARACTER_WIDTH = 6.2;
const ROWS = [-19, -31] as const;
const GAP = 6;

/** The label cut to `room` pixels; its tag alone when not even a short word fits; empty when not even that does. */
export function fittedLabel(event: Pick<ChartEvent, 'title' | 'tag'>, room: number): string {
  const full = event.tag ? `${event.tag} ${event.title}` : event.title;
  if (labelWidth(full) <= room) return full;
  const characters = Math.floor(room / CHARACTER_WIDTH);
  if (characters >= (event.tag ? event.tag.length + 7 : 6)) return `${full.slice(0, characters - 1)}…`;
  return event.tag && characters >= event.tag.length ? event.tag : '';
}

export const labelWidth = (text: string): number => Math.max(textWidth(text, 11), text.length * 5.2);

/**
 * A dashed rule per event across the plot, with a focusable marker and a label above it. Labels never
 * overlap: each takes the first of two rows with room, is cut to the room it has (down to its tag), and is
 * left out when neither row has any; the full title and description are in the tooltip and the list.
 */
export function eventRulesMark(events: readonly ChartEvent[], x: ScaleTime<number, number>, frame: Pick<Frame, 'innerHeight' | 'innerWidth'>): SVGGElement {
  const g = create<SVGGElement>('svg:g').attr('class', 'event-rules').attr('data-width', frame.innerWidth);
  const rule = g
    .selectAll('g')
    .data([...events].sort((a, b) => a.date.getTime() - b.date.getTime()))
    .join('g')
    .attr('class', 'event-rule')
    .attr('data-key', (event) => event.key);
  rule.append('line').attr('y1', -6).attr('y2', frame.innerHeight).attr('stroke', EVENT_COLOR).attr('stroke-width', 1.5).attr('stroke-dasharray', '5 3');
  rule
    .append('g')
    .attr('class', 'event-marker')
    .attr('tabindex', 0)
    .attr('role', 'button')
    .attr('aria-label', (event) => `Event: ${event.title}`)
    .attr('cursor', 'help')
    .append('path')
    .attr('d', 'M0,-15L7,-8L0,-1L-7,-8Z')
    .attr('fill', EVENT_COLOR)
    .style('stroke', PAPER);
  // The label is not part of the marker: it never covers a neighbour's marker for the pointer.
  rule.append('text').attr('class', 'event-label').attr('font-size', 11).attr('fill', EVENT_COLOR).attr('pointer-events', 'none');
  repositionEventRules(g.node()!, x);
  return g.node()!;
}

/** Moves the rules for a new time scale and places their labels again; an event outside the shown span is hidden. */
export function repositionEventRules(g: SVGGElement, x: ScaleTime<number, number>): void {
  const [start, end] = x.domain() as [Date, Date];
  const width = Number(g.getAttribute('data-width'));
  const rules = select(g).selectAll<SVGGElement, ChartEvent>('g.event-rule');
  const shown = rules.data().filter((event) => event.date >= start && event.date <= end);
  const placed = placeLabels(shown, x, width);
  rules.attr('transform', (event) => `translate(${x(event.date)},0)`).attr('display', (event) => (placed.has(event.key) ? null : 'none'));
  rules
    .select('text.event-label')
    .attr('x', 2)
    .attr('y', (event) => placed.get(event.key)?.y ?? ROWS[0])
    .text((event) => placed.get(event.key)?.text ?? '');
}

/** Greedy, left to right: each label goes on the first row whose last label ends before it starts. */
function placeLabels(events: readonly ChartEvent[], x: ScaleTime<number, number>, width: number): Map<string, { text: string; y: number }> {
  const rowEnds = ROWS.map(() => -Infinity);
  const placed = new Map<string, { text: string; y: number }>();
  events.forEach((event, index) => {
    const left = x(event.date) + 2;
    // A label stops where the event after next begins, so the next one still finds room on the other row.
    const limit = events[index + 2] ? x(events[index + 2]!.date) - GAP : width + 16;
    const row = rowEnds.findIndex((end) => left > end + GAP);
    const text = row === -1 ? '' : fittedLabel(event, Math.min(limit, width + 16) - left);
    placed.set(event.key, { text, y: ROWS[Math.max(0, row)]! });
    if (row !== -1 && text) rowEnds[row] = left + labelWidth(text);
  });
  return placed;
}
