import type { CsvFile } from '../pages/datasets.page.js';

const HEADER = 'period,product,vendor,metric,value,unit,segment,geography,source,note';
const PRODUCTS_HEADER = 'name,vendor,kind,aliases,launched,note,source';

/** A products resource declaring made-up IM clients, so the catalog knows them as competitors (not "other"). */
function imClients(file: string, names: readonly string[], vendor: string, source: string): CsvFile {
  const rows = names.map((name) => `${name},${vendor},im_client,,,made-up IM client for the browser tests,${source}`);
  return { name: file, content: `${[PRODUCTS_HEADER, ...rows].join('\n')}\n` };
}
const month = (index: number): string => `${2001 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Unique users of a made-up “E2E client” measured monthly by a made-up panel, January 2001 to June 2002:
 * nine months before the Windows XP launch (2001-10-25) and nine from its month on, with a jump of 3
 * million in October 2001 and a steeper climb afterwards; and two control clients, without the jump, each
 * measured by another made-up panel (each panel measures one product, so no market-share view appears and the explorer's
 * default view stays the curated one).
 */
export function e2eClientFiles(id: string): CsvFile[] {
  const wobble = [0.12, -0.08, 0.05, -0.11, 0.09, -0.04, 0.1, -0.06, 0.03, -0.09, 0.07, -0.02, 0.08, -0.1, 0.04, -0.05, 0.06, -0.03];
  const rows = wobble.flatMap((noise, index) => {
    const after = index >= 9;
    const client = 10 + 0.2 * index + (after ? 3 + 0.15 * (index - 9) : 0) + noise;
    const control = 8 + 0.15 * index - noise / 2;
    const secondControl = 12 + 0.25 * index + noise / 3;
    return [
      `${month(index)},E2E client ${id},E2E vendor ${id},unique_users,${client.toFixed(2)},million,all,US,E2E panel ${id},made-up series for the analyst journey`,
      `${month(index)},E2E control client ${id},E2E vendor ${id},unique_users,${control.toFixed(2)},million,all,US,E2E control panel ${id},made-up control series`,
      `${month(index)},E2E second control client ${id},E2E vendor ${id},unique_users,${secondControl.toFixed(2)},million,all,US,E2E second control panel ${id},made-up control series`,
    ];
  });
  return [
    imClients(`e2e-effect-${id}-products.csv`, [`E2E client ${id}`, `E2E control client ${id}`, `E2E second control client ${id}`], `E2E vendor ${id}`, `E2E panel ${id}`),
    { name: `e2e-effect-${id}.csv`, content: `${[HEADER, ...rows].join('\n')}\n` },
  ];
}

const perfProduct = (product: number, id: string): string => `E2E perf product ${String(product).padStart(2, '0')} ${id}`;

/** Twenty made-up IM clients × 120 months (1995–2004) of one panel: the performance test's chart. */
export function performanceFiles(id: string): CsvFile[] {
  const rows: string[] = [];
  for (let product = 1; product <= 20; product++) {
    for (let index = 0; index < 120; index++) {
      const period = `${1995 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      const value = 50 + product * 7 + 20 * Math.sin((index + product * 5) / 9) + index * (product % 4);
      rows.push(`${period},${perfProduct(product, id)},E2E perf vendor ${id},unique_users,${value.toFixed(1)},thousand,work,US,E2E perf panel ${id},`);
    }
  }
  const products = Array.from({ length: 20 }, (_, index) => perfProduct(index + 1, id));
  return [imClients(`e2e-perf-${id}-products.csv`, products, `E2E perf vendor ${id}`, `E2E perf panel ${id}`), { name: `e2e-perf-${id}.csv`, content: `${[HEADER, ...rows].join('\n')}\n` }];
}

/** A replacement version of the performance dataset with one product only: its market-share view goes away. */
export function performanceCleanupCsv(id: string): CsvFile {
  return { name: `e2e-perf-${id}-retired.csv`, content: `${HEADER}\n1995-01,E2E perf product 01 ${id},E2E perf vendor ${id},unique_users,1,thousand,work,US,E2E perf panel ${id},retired\n` };
}
