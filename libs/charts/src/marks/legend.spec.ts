import { describe, expect, it } from 'vitest';
import { legendMark } from './legend.js';
import { textWidth } from '../shell/text-width.js';

describe('legendMark', () => {
  it('wraps items so that none overlaps another, with a title', () => {
    const items = ['PC-to-phone termination', 'equipment supply', 'network carriage', 'investment', 'technology', 'distribution', 'WWWWWWWWWWWW'].map((label, index) => ({ key: String(index), label, color: '#000', dash: '' }));
    const g = legendMark(items, 320, { title: 'Links:' });
    const boxes = [...g.querySelectorAll('.legend-item')].map((item) => {
      const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(item.getAttribute('transform')!)!.map(Number);
      return { x: x!, y: y!, right: x! + 18 + textWidth(item.textContent ?? '') };
    });
    expect(boxes[0]!.x).toBeGreaterThanOrEqual(textWidth('Links:', 12, 600));
    for (const a of boxes) {
      expect(a.right).toBeLessThanOrEqual(320 + 16);
      for (const b of boxes) if (a !== b && a.y === b.y) expect(a.right <= b.x || b.right <= a.x).toBe(true);
    }
  });

  it('cuts a label too long for a row of its own, keeping the full text as its tooltip', () => {
    const label = 'Published prediction (◆), the actual it was scored on (■)';
    const g = legendMark([{ key: 'p', label, color: '#000' }], 200);
    const shown = g.querySelector('.legend-item text')!.textContent!;
    expect(shown.endsWith('…')).toBe(true);
    expect(18 + textWidth(shown)).toBeLessThanOrEqual(200);
    expect(g.querySelector('.legend-item title')!.textContent).toBe(label);
  });
});
