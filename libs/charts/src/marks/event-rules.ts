import { create, select, type ScaleTime } from 'd3';
import type { Frame } from '../options.js';

/** Something dated drawn on the time axis: a launch, a bundling… */
export interface ChartEvent {
  readonly key: string;
  readonly date: Date;
  readonly title: string;
  /** What the tooltip says under the title: date, description, source. */
  readonly lines: readonly string[];
}

const EVENT_COLOR = '#9c4f00';
const CHARACTER_WIDTH = 6;

/** The title cut to `room` pixels; empty when not even a short word fits (the tooltip has it all). */
function fittedTitle(title: string, room: number): string {
  const characters = Math.floor(room / CHARACTER_WIDTH);
  if (characters >= title.length) return title;
  return characters < 6 ? '' : `${title.slice(0, characters - 1)}…`;
}

/**
 * A dashed rule per event across the plot, with a focusable marker and a label above it: two rows
 * alternate, and a label is cut where the next one on its row begins. The full title and description go
 * in the tooltip.
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
    .attr('stroke', 'white');
  // The label is not part of the marker: it never covers a neighbour's marker for the pointer.
  rule.append('text').attr('class', 'event-label').attr('font-size', 11).attr('fill', EVENT_COLOR).attr('pointer-events', 'none');
  repositionEventRules(g.node()!, x);
  return g.node()!;
}

/** Moves the rules for a new time scale; an event outside the shown span is hidden. */
export function repositionEventRules(g: SVGGElement, x: ScaleTime<number, number>): void {
  const [start, end] = x.domain() as [Date, Date];
  const width = Number(g.getAttribute('data-width'));
  const rules = select(g).selectAll<SVGGElement, ChartEvent>('g.event-rule');
  const shown = rules.data().filter((event) => event.date >= start && event.date <= end);
  const row = new Map(shown.map((event, index) => [event.key, index % 2]));
  const room = new Map(shown.map((event, index) => [event.key, (shown[index + 2] ? x(shown[index + 2]!.date) : width + 16) - x(event.date) - 12]));
  rules.attr('transform', (event) => `translate(${x(event.date)},0)`).attr('display', (event) => (row.has(event.key) ? null : 'none'));
  rules
    .select('text.event-label')
    .attr('x', 2).attr('y', (event) => (row.get(event.key) === 1 ? -31 : -19))
    .text((event) => fittedTitle(event.title, room.get(event.key) ?? 0));
}
