import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { eventRulesMark, fittedLabel, labelWidth, type ChartEvent } from './event-rules.js';

const event = (key: string, iso: string, title: string): ChartEvent => ({ key, date: new Date(`${iso}T00:00:00Z`), title, lines: [], tag: key });

describe('event labels', () => {
  it('never overlap, however crowded the axis: each row holds labels that end before the next begins', () => {
    const crowded = Array.from({ length: 14 }, (_, index) => event(String(index + 1), `2001-${String((index % 12) + 1).padStart(2, '0')}-${index < 12 ? '01' : '15'}`, `A long event title number ${index + 1} that needs room`));
    const x = scaleUtc().domain([new Date('2000-12-01T00:00:00Z'), new Date('2002-01-01T00:00:00Z')]).range([0, 340]);
    const g = eventRulesMark(crowded, x, { innerWidth: 340, innerHeight: 200 });
    const drawn = [...g.querySelectorAll<SVGGElement>('g.event-rule')]
      .map((rule) => {
        const label = rule.querySelector('text')!;
        const left = Number(/translate\(([-\d.]+)/.exec(rule.getAttribute('transform')!)![1]) + 2;
        return { row: label.getAttribute('y'), left, right: left + labelWidth(label.textContent ?? ''), text: label.textContent };
      })
      .filter((label) => label.text);
    expect(drawn.length).toBeGreaterThan(3);
    for (const a of drawn) for (const b of drawn) if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  });

  it('cuts a title to its room, down to its tag', () => {
    expect(fittedLabel({ title: 'Windows XP launches', tag: '3' }, 400)).toBe('3 Windows XP launches');
    expect(fittedLabel({ title: 'Windows XP launches', tag: '3' }, 70)).toMatch(/^3 Win.*…$/);
    expect(fittedLabel({ title: 'Windows XP launches', tag: '3' }, 12)).toBe('3');
    expect(fittedLabel({ title: 'Windows XP launches' }, 12)).toBe('');
  });
});
