import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalog (vendors, products, aliases), provenance (sources, datasets, versions), observations and events. */
export class InitialSchema1764122400000 implements MigrationInterface {
  name = 'InitialSchema1764122400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vendors (
        id serial PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        country text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE vendor_aliases (
        id serial PRIMARY KEY,
        vendor_id integer NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
        alias text NOT NULL,
        key text NOT NULL UNIQUE
      );
      CREATE TABLE products (
        id serial PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('im_client', 'market_total', 'brand_group', 'voip_service', 'network_gear', 'operating_system', 'other')),
        vendor_id integer REFERENCES vendors (id),
        launched text,
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX products_vendor_id_idx ON products (vendor_id);
      CREATE TABLE product_aliases (
        id serial PRIMARY KEY,
        product_id integer NOT NULL REFERENCES products (id) ON DELETE CASCADE,
        alias text NOT NULL,
        key text NOT NULL UNIQUE
      );
      CREATE TABLE sources (
        id serial PRIMARY KEY,
        fingerprint text NOT NULL UNIQUE,
        title text NOT NULL,
        url text,
        publisher text,
        published text,
        note text
      );
      CREATE TABLE datasets (
        id serial PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        title text NOT NULL,
        description text,
        current_version_id integer,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE dataset_versions (
        id serial PRIMARY KEY,
        dataset_id integer NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
        number integer NOT NULL,
        checksum text NOT NULL,
        row_count integer NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (dataset_id, number)
      );
      ALTER TABLE datasets ADD CONSTRAINT datasets_current_version_fk
        FOREIGN KEY (current_version_id) REFERENCES dataset_versions (id) DEFERRABLE INITIALLY DEFERRED;
      CREATE TABLE observations (
        id bigserial PRIMARY KEY,
        dataset_version_id integer NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        product_id integer NOT NULL REFERENCES products (id),
        source_id integer NOT NULL REFERENCES sources (id),
        metric text NOT NULL,
        period_start date NOT NULL,
        granularity text NOT NULL CHECK (granularity IN ('year', 'quarter', 'month', 'day')),
        value double precision NOT NULL,
        unit text NOT NULL,
        original_value double precision NOT NULL,
        original_unit text NOT NULL,
        segment text NOT NULL,
        geography text NOT NULL,
        note text,
        line integer NOT NULL
      );
      CREATE INDEX observations_series_idx
        ON observations (metric, segment, geography, source_id, granularity, period_start);
      CREATE INDEX observations_dataset_version_idx ON observations (dataset_version_id);
      CREATE INDEX observations_product_idx ON observations (product_id);
      CREATE TABLE events (
        id serial PRIMARY KEY,
        dataset_version_id integer NOT NULL REFERENCES dataset_versions (id) ON DELETE CASCADE,
        occurred_on date NOT NULL,
        granularity text NOT NULL CHECK (granularity IN ('year', 'quarter', 'month', 'day')),
        kind text NOT NULL,
        title text NOT NULL,
        description text,
        source_id integer NOT NULL REFERENCES sources (id),
        note text,
        line integer NOT NULL
      );
      CREATE INDEX events_occurred_on_idx ON events (occurred_on);
      CREATE TABLE event_actors (
        id serial PRIMARY KEY,
        event_id integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        vendor_id integer REFERENCES vendors (id),
        product_id integer REFERENCES products (id),
        CHECK ((vendor_id IS NULL) <> (product_id IS NULL))
      );
      CREATE INDEX event_actors_event_idx ON event_actors (event_id);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TABLE event_actors;
      DROP TABLE events;
      DROP TABLE observations;
      ALTER TABLE datasets DROP CONSTRAINT datasets_current_version_fk;
      DROP TABLE dataset_versions;
      DROP TABLE datasets;
      DROP TABLE sources;
      DROP TABLE product_aliases;
      DROP TABLE products;
      DROP TABLE vendor_aliases;
      DROP TABLE vendors;
    `);
  }
}
