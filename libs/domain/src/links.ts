/** An absolute http(s) URL: the scheme, a host, then an optional path, query or fragment; no spaces or control characters. */
const WEB_LINK = /^https?:\/\/[^\s/?#\\\p{Cc}]+(?:[/?#][^\s\p{Cc}]*)?$/iu;

/**
 * A link that may be stored and rendered: an absolute http:// or https:// URL with a host. Anything
 * else (javascript:, data:, vbscript:, file:, a relative or scheme-less address) is never a link.
 */
export function isWebLink(value: string): boolean {
  return WEB_LINK.test(value);
}
