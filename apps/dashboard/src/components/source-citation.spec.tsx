// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CitedSources } from '../views/datasets/cited-sources';
import { SourceCitation } from './source-citation';

const source = (url: string | null) => ({ id: '1', title: 'IM usage report', publisher: 'Media Metrix', published: '2001-11', url, note: null });

describe('source links', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));

  const links = () => [...host.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));

  it('link an http(s) address', () => {
    render(<SourceCitation source={source('https://example.org/report')} />, host);
    expect(links()).toEqual(['https://example.org/report']);
    render(<CitedSources sources={[source('http://example.org/a')]} />, host);
    expect(links()).toEqual(['http://example.org/a']);
  });

  it('never render any other address as a link, but keep the citation', () => {
    for (const url of ['javascript:alert(document.cookie)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example']) {
      render(<SourceCitation source={source(url)} />, host);
      expect(links(), url).toEqual([]);
      expect(host.textContent).toContain('Media Metrix, 2001-11 — IM usage report');
      render(<CitedSources sources={[source(url)]} />, host);
      expect(links(), url).toEqual([]);
      expect(host.textContent).toContain('IM usage report');
    }
  });
});
