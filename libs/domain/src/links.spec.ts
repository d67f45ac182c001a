import { describe, expect, it } from 'vitest';
import { isWebLink } from './links.js';

describe('isWebLink', () => {
  it('accepts absolute http and https URLs', () => {
    for (const url of ['http://example.org', 'https://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/', 'https://web.archive.org/web/2001/http://www.aim.com/']) expect(isWebLink(url), url).toBe(true);
  });

  it('refuses every other scheme and anything that is not an absolute URL', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//example.org', 'example.org', 'https://', 'http:/x', 'https:// example.org', 'https://example.org/a b', 'https://exa\u0000mple.org', '']) {
      expect(isWebLink(url), url).toBe(false);
    }
  });
});
