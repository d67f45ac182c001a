import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dated, cited links between vendors or products; published predictions about the future. */
export class PartnershipsAndPredictions1764126000000 implements MigrationInterface {
  name = 'PartnershipsAndPredictions1764126000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE partnerships (
        id serial PRIMARY KEY,
        dataset_version_id integer NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        started_on date NOT NULL,
        granularity text NOT NULL CHECK (granularity IN ('year', 'quarter', 'month', 'day')),
        from_vendor_id integer REFERENCES vendors (id),
        from_product_id integer REFERENCES products (id),
        to_vendor_id integer REFERENCES vendors (id),
        to_product_id integer REFERENCES products (id),
        kind text NOT NULL,
        description text,
        source_id integer NOT NULL REFERENCES sources (id),
        note text,
        line integer NOT NULL,
        CHECK ((from_vendor_id IS NULL) <> (from_product_id IS NULL)),
        CHECK ((to_vendor_id IS NULL) <> (to_product_id IS NULL))
      );
      CREATE INDEX partnerships_dataset_version_idx ON partnerships (dataset_version_id);
      CREATE TABLE predictions (
        id serial PRIMARY KEY,
        dataset_version_id integer NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        made_on date NOT NULL,
        made_granularity text NOT NULL CHECK (made_granularity IN ('year', 'quarter', 'month', 'day')),
        forecaster text NOT NULL,
        target_start date NOT NULL,
        target_granularity text NOT NULL CHECK (target_granularity IN ('year', 'quarter', 'month', 'day')),
        metric text NOT NULL,
        value double precision NOT NULL,
        unit text NOT NULL,
        original_value double precision NOT NULL,
        original_unit text NOT NULL,
        segment text NOT NULL,
        geography text NOT NULL,
        probability double precision CHECK (probability BETWEEN 0 AND 1),
        source_id integer NOT NULL REFERENCES sources (id),
        note text,
        line integer NOT NULL
      );
      CREATE INDEX predictions_dataset_version_idx ON predictions (dataset_version_id);
      CREATE INDEX predictions_metric_idx ON predictions (metric, segment, geography);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE predictions; DROP TABLE partnerships;');
  }
}
