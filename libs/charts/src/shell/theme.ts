/**
 * Colours that follow the page's theme. They are CSS values, so set them with `.style()` (an SVG attribute
 * does not resolve `var()`); the fallback is the light theme, which is what a standalone exported SVG shows.
 */
export const INK = 'currentColor';
/** The background: halos around labels, hollow markers, strokes between bands. */
export const PAPER = 'var(--chart-paper, #fff)';
/** Secondary text: notes, guides, the brush strip's hint. */
export const MUTED = 'var(--chart-muted, #5b6475)';
/** Light fills: the brush strip, grid guides. */
export const SUBTLE = 'var(--chart-subtle, #f4f6f9)';
export const RULE = 'var(--chart-rule, #8a94a6)';
