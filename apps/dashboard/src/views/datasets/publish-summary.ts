import type { IngestionJobFieldsFragment } from '../../gql/graphql';
import { plural } from '../../format/numbers';

type Outcome = NonNullable<IngestionJobFieldsFragment['result']>;

const KIND_NAMES: Record<string, [string, string]> = {
  observations: ['observation', 'observations'],
  events: ['event', 'events'],
  partnerships: ['partnership', 'partnerships'],
  predictions: ['prediction', 'predictions'],
  vendors: ['vendor', 'vendors'],
  products: ['product', 'products'],
};

/** "12 observations, 1 event" */
export function rowsPerKind(rows: Outcome['rows']): string {
  const parts = rows.filter((row) => row.count > 0).map((row) => {
    const [one, many] = KIND_NAMES[row.kind] ?? [`${row.kind} row`, `${row.kind} rows`];
    return plural(row.count, one, many);
  });
  return parts.length > 0 ? parts.join(', ') : 'no rows';
}

/** "none", or the names joined. */
export function namesOrNone(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : 'none';
}
