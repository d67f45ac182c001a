import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodLabel, type Granularity, type PartnershipKind } from '@marketlens/domain';
import type { DataSource } from 'typeorm';
import { sourceFromRow, type SourceColumns } from '../sources/models/source.model.js';
import type { PartnershipNetworkModel } from './models/partnership-network.model.js';

interface LinkRow extends SourceColumns {
  id: number;
  started_on: string;
  granularity: Granularity;
  kind: PartnershipKind;
  description: string | null;
  note: string | null;
  from_id: string;
  from_name: string;
  from_type: string;
  to_id: string;
  to_name: string;
  to_type: string;
}

const PARTY = (side: 'from' | 'to') => `
  CASE WHEN x.${side}_vendor_id IS NOT NULL THEN 'vendor:' || x.${side}_vendor_id ELSE 'product:' || x.${side}_product_id END AS ${side}_id,
  coalesce(${side}_v.name, ${side}_p.name) AS ${side}_name,
  CASE WHEN x.${side}_vendor_id IS NOT NULL THEN 'vendor' ELSE ${side}_p.kind END AS ${side}_type`;

const NETWORK_SQL = `
  SELECT x.id, x.started_on::text AS started_on, x.granularity, x.kind, x.description, x.note, ${PARTY('from')}, ${PARTY('to')},
         s.id AS source_id, s.title, s.url, s.publisher, s.published, s.note AS source_note
  FROM partnerships x
  JOIN datasets d ON d.current_version_id = x.dataset_version_id
  JOIN sources s ON s.id = x.source_id
  LEFT JOIN vendors from_v ON from_v.id = x.from_vendor_id LEFT JOIN products from_p ON from_p.id = x.from_product_id
  LEFT JOIN vendors to_v ON to_v.id = x.to_vendor_id LEFT JOIN products to_p ON to_p.id = x.to_product_id
  ORDER BY x.started_on, x.id`;

@Injectable()
export class PartnershipsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The partnership network as it stood at a date (all of it without one), in one query. */
  async network(at: string | undefined, kinds: readonly PartnershipKind[] | undefined): Promise<PartnershipNetworkModel> {
    const rows: LinkRow[] = await this.dataSource.query(NETWORK_SQL);
    const shown = rows.filter((row) => (!at || row.started_on <= at) && (!kinds || kinds.includes(row.kind)));
    const nodes = new Map<string, { id: string; name: string; type: string }>();
    for (const row of shown) {
      nodes.set(row.from_id, { id: row.from_id, name: row.from_name, type: row.from_type });
      nodes.set(row.to_id, { id: row.to_id, name: row.to_name, type: row.to_type });
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name)),
      links: shown.map((row) => ({
        id: String(row.id),
        from: row.from_id,
        to: row.to_id,
        kind: row.kind,
        date: periodLabel(row.started_on, row.granularity),
        start: row.started_on,
        granularity: row.granularity,
        description: row.description,
        note: row.note,
        source: sourceFromRow(row),
      })),
      firstDate: rows[0]?.started_on ?? null,
      lastDate: rows[rows.length - 1]?.started_on ?? null,
    };
  }
}
