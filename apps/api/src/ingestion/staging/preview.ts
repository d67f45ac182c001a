import type { PreviewRow } from '../ingestion-job.entity.js';

export const PREVIEW_ROWS = 20;

/** A row as the preview table shows it: every field as text, periods by their label. */
export function previewOf(kind: string, file: string, row: { line: number } & Record<string, unknown>): PreviewRow {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'line' || value === null || value === undefined) continue;
    if (typeof value === 'object' && 'label' in (value as object)) values[name] = String((value as { label: unknown }).label);
    else if (Array.isArray(value)) values[name] = value.join('; ');
    else values[name] = String(value);
  }
  return { kind, file, line: row.line, values };
}
