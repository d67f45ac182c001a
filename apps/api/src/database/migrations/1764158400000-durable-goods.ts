import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The diffusion literature's appliances get a kind of their own, so `other` can compete in shares. */
export class DurableGoods1764158400000 implements MigrationInterface {
  name = 'DurableGoods1764158400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE products DROP CONSTRAINT products_kind_check;
      ALTER TABLE products ADD CONSTRAINT products_kind_check
        CHECK (kind IN ('im_client', 'market_total', 'brand_group', 'voip_service', 'network_gear', 'operating_system', 'durable_good', 'other'));
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      UPDATE products SET kind = 'other' WHERE kind = 'durable_good';
      ALTER TABLE products DROP CONSTRAINT products_kind_check;
      ALTER TABLE products ADD CONSTRAINT products_kind_check
        CHECK (kind IN ('im_client', 'market_total', 'brand_group', 'voip_service', 'network_gear', 'operating_system', 'other'));
    `);
  }
}
