import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The citation of each vendor and product row, with the dataset version that brought it. */
export class CatalogCitations1764162000000 implements MigrationInterface {
  name = 'CatalogCitations1764162000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE catalog_citations (
        id serial PRIMARY KEY,
        dataset_version_id integer NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        vendor_id integer REFERENCES vendors (id),
        product_id integer REFERENCES products (id),
        source_id integer NOT NULL REFERENCES sources (id),
        line integer NOT NULL,
        CHECK ((vendor_id IS NULL) <> (product_id IS NULL))
      );
      CREATE INDEX catalog_citations_version_idx ON catalog_citations (dataset_version_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE catalog_citations');
  }
}
