import { Field, ID, ObjectType } from '@nestjs/graphql';
import { isWebLink } from '@marketlens/domain';
import type { SourceEntity } from '../source.entity.js';

@ObjectType('Source', { description: 'Who measured or claimed a number, where it was published and when.' })
export class SourceModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The full citation.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address, or null: no other kind of link is ever served.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Who measured it (Jupiter Media Metrix, Gartner, the company…).' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD).' })
  published!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

export function toSourceModel(source: Pick<SourceEntity, 'id' | 'title' | 'url' | 'publisher' | 'published' | 'note'>): SourceModel {
  return {
    id: String(source.id),
    title: source.title,
    url: webLink(source.url),
    publisher: source.publisher,
    published: source.published,
    note: source.note,
  };
}

/** The source columns an analysis query selects beside its rows (`s.id AS source_id, s.title, …`). */
export interface SourceColumns {
  source_id: number;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  source_note: string | null;
}

export function sourceFromRow(row: SourceColumns): SourceModel {
  return { id: String(row.source_id), title: row.title, url: webLink(row.url), publisher: row.publisher, published: row.published, note: row.source_note };
}

/** Rows stored before links were checked may hold javascript: and the like: they are served as no link. */
function webLink(url: string | null): string | null {
  return url !== null && isWebLink(url) ? url : null;
}
