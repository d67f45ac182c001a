/**
 * The key two names share when they name the same thing: case, spacing, punctuation
 * and diacritics ignored ("Yahoo! Messenger" = "yahoo messenger").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}+]+/gu, '');
}

/** A URL- and id-safe slug ("Yahoo! Messenger" → "yahoo-messenger"). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
