import { inflateSync } from 'node:zlib';

/**
 * What a PDF printed by Chromium holds, read from its bytes: Chromium writes its document outline (one entry
 * per heading) and, in a tagged PDF, the alternative text of figures as plain PDF strings, while page
 * contents are Flate-compressed streams of drawing operators.
 */
export interface PdfSummary {
  readonly pages: number;
  /** Outline titles and alternative texts, decoded (literal strings or UTF-16BE hex). */
  readonly strings: readonly string[];
  /** Link targets (`/URI`). */
  readonly links: readonly string[];
  /** Path construction operators (m, l, c, re) across every content stream: vector drawing. */
  readonly pathOperators: number;
  /** Raster images embedded (`/Subtype /Image`). */
  readonly images: number;
}

function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      const swapped = Buffer.from(bytes.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return bytes.toString('latin1');
  }
  return token.slice(1, -1).replace(/\\([()\\])/g, '$1');
}

function contentStreams(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const streams: string[] = [];
  const header = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    if (!match[1]!.includes('/FlateDecode')) continue;
    const start = match.index + match[0].length;
    const raw = bytes.subarray(start, text.indexOf('endstream', start));
    try {
      streams.push(inflateSync(raw).toString('latin1'));
    } catch {
      // A stream whose length includes the line break before `endstream`: drop it and try again.
      try {
        streams.push(inflateSync(raw.subarray(0, raw.length - 1)).toString('latin1'));
      } catch {
        /* not a content stream we can read (a font program, say) */
      }
    }
  }
  return streams;
}

export function summarizePdf(bytes: Buffer): PdfSummary {
  const text = bytes.toString('latin1');
  const strings = [...text.matchAll(/\/(?:Title|Alt)\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]+>)/g)].map((match) => decodePdfString(match[1]!));
  const links = [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((match) => match[1]!.replace(/\\([()\\])/g, '$1'));
  const drawing = contentStreams(bytes).join('\n');
  return {
    pages: (text.match(/\/Type\s*\/Page\b/g) ?? []).length,
    strings,
    links,
    pathOperators: (drawing.match(/ (?:m|l|c|re)\n/g) ?? []).length,
    images: (text.match(/\/Subtype\s*\/Image\b/g) ?? []).length,
  };
}
