import type { IngestionJobFieldsFragment } from '../../gql/graphql';

type PreviewRow = IngestionJobFieldsFragment['preview'][number];

/**
 * The columns of every resource kind in the order of docs/datasets.md. The API keeps preview fields in
 * a JSON object whose key order is not the file's, so the table puts them back in a readable order;
 * a column not listed here follows, in the order first seen.
 */
const COLUMN_ORDER = [
  'made_on', 'forecaster', 'target_period', 'period', 'date', 'name', 'product', 'vendor', 'from', 'to', 'kind', 'title', 'actors',
  'metric', 'value', 'unit', 'originalValue', 'originalUnit', 'segment', 'geography', 'probability',
  'aliases', 'country', 'launched', 'description', 'source', 'note',
];

export function orderColumns(columns: readonly string[]): string[] {
  const rank = (column: string) => {
    const index = COLUMN_ORDER.indexOf(column);
    return index === -1 ? COLUMN_ORDER.length : index;
  };
  return columns.map((column, seen) => ({ column, seen })).sort((a, b) => rank(a.column) - rank(b.column) || a.seen - b.seen).map(({ column }) => column);
}

export interface PreviewTable {
  readonly key: string;
  readonly file: string;
  readonly kind: string;
  /** Column names in the order the rows first use them. */
  readonly columns: string[];
  readonly rows: Array<{ readonly line: number; readonly cells: string[] }>;
}

/**
 * The first valid rows as one table per file and resource kind (kinds have different columns); a
 * field a row lacks is an empty cell.
 */
export function toPreviewTables(preview: readonly PreviewRow[]): PreviewTable[] {
  const tables = new Map<string, { file: string; kind: string; columns: string[]; rows: PreviewRow[] }>();
  for (const row of preview) {
    const key = `${row.file}\u0000${row.kind}`;
    const table = tables.get(key) ?? { file: row.file, kind: row.kind, columns: [], rows: [] };
    for (const { name } of row.values) if (!table.columns.includes(name)) table.columns.push(name);
    table.rows.push(row);
    tables.set(key, table);
  }
  return [...tables.entries()].map(([key, table]) => {
    const columns = orderColumns(table.columns);
    return {
      key,
      file: table.file,
      kind: table.kind,
      columns,
      rows: table.rows.map((row) => {
        const values = new Map(row.values.map(({ name, value }) => [name, value]));
        return { line: row.line, cells: columns.map((column) => values.get(column) ?? '') };
      }),
    };
  });
}
