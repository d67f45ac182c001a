/**
 * An SVG as a stable, reviewable snapshot: numbers rounded to two decimals (so floating-point noise does
 * not churn the file) and one element per line.
 */
export function svgSnapshot(svg: SVGSVGElement): string {
  const rounded = svg.outerHTML.replace(/-?\d+\.\d{3,}(e[-+]?\d+)?/g, (number) => {
    const value = Math.round(Number(number) * 100) / 100;
    return String(Object.is(value, -0) ? 0 : value);
  });
  return `${rounded.replace(/></g, '>\n<')}\n`;
}
