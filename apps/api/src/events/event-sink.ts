import type { EventRow } from '@marketlens/ingest';
import { resolveParty, type Party } from '../catalog/party.js';
import type { PublishContext, RowSink } from '../datasets/publish-context.js';

/** Writes event rows and links each to the vendors and products it names. */
export class EventSink implements RowSink<EventRow> {
  count = 0;

  constructor(private readonly context: PublishContext) {}

  async accept(row: EventRow, file: string): Promise<void> {
    const { manager, problems } = this.context;
    const sourceId = await this.context.sourceId(row.source, { file, line: row.line, column: 'source', value: row.source });
    const actors: Party[] = [];
    for (const name of row.actors) {
      const party = await resolveParty(this.context, name, { file, line: row.line, column: 'actors' });
      if (party) actors.push(party);
    }
    if (sourceId === undefined || problems.any) return;
    const inserted: Array<{ id: number }> = await manager.query(
      `INSERT INTO events (dataset_version_id, occurred_on, granularity, kind, title, description, source_id, note, line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [this.context.versionId, row.date.start, row.date.granularity, row.kind, row.title, row.description, sourceId, row.note, row.line],
    );
    const eventId = inserted[0]?.id;
    for (const actor of actors) {
      await manager.query('INSERT INTO event_actors (event_id, vendor_id, product_id) VALUES ($1, $2, $3)', [eventId, actor.vendorId, actor.productId]);
    }
    this.count++;
  }

  async finish(): Promise<void> {}
}
