import type { PreviewRow } from '../ingestion-job.entity.js';

export const PREVIEW_ROWS = 20;

/** A row as the preview table shows it: every field as text, periods by their label. */
export function previewOf(kind: string, file: string, row: { line: number } & Record<string, unknown>): PreviewRow {
  const values: Array<{ name: string; value: string }> = [];
  for (const [name, value] of Object.entries(row)) {
    if (name === 'line' || value === null || value === undefined) continue;
    if (Array.isArray(value)) values.push({ name, value: value.join('; ') });
    else if (typeof value === 'object' && 'label' in value) values.push({ name, value: String((value as { label: unknown }).label) });
    else values.push({ name, value: String(value) });
  }
  return { kind, file, line: row.line, values };
}
