import { describe, expect, it } from 'vitest';
import { parseDataPackage } from './datapackage.js';

const descriptor = (source: Record<string, unknown>) =>
  JSON.stringify(
    {
      name: 'linked',
      title: 'Linked',
      sources: [{ id: 'fine', title: 'Fine', path: 'https://example.org/release' }, { id: 'panel', title: 'Panel release', ...source }],
      resources: [{ path: 'observations.csv', profile: 'observations' }],
    },
    null,
    2,
  );

describe('source links in datapackage.json', () => {
  it('keeps http and https addresses, and no address at all', () => {
    for (const path of ['http://example.org/a', 'https://example.org/b?c=d#e', 'HTTPS://EXAMPLE.ORG/', '', undefined]) {
      expect(parseDataPackage(descriptor(path === undefined ? {} : { path })).ok, String(path)).toBe(true);
    }
  });

  it('refuses any other scheme, naming the file, line, property and value', () => {
    for (const path of ['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '//example.org/no-scheme', 'example.org/page', 'https://']) {
      const result = parseDataPackage(descriptor({ path }), 'panel/datapackage.json');
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.problems, path).toEqual([
        { file: 'panel/datapackage.json', line: 13, column: 'sources.1.path', value: path.trim(), message: 'must be an http:// or https:// address (the link readers follow to the source)' },
      ]);
    }
  });

  it('gives the line of any bad property', () => {
    const result = parseDataPackage('{\n  "name": "Bad Name",\n  "title": "x",\n  "resources": []\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(({ line, column }) => [line, column])).toEqual([[2, 'name'], [4, 'resources']]);
  });
});
