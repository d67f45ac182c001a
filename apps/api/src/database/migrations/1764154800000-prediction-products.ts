import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A prediction may be about one product (a company's own target) rather than the whole market. */
export class PredictionProducts1764154800000 implements MigrationInterface {
  name = 'PredictionProducts1764154800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE predictions ADD COLUMN product_id integer REFERENCES products (id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE predictions DROP COLUMN product_id');
  }
}
