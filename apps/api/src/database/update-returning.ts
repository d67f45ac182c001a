import type { EntityManager } from 'typeorm';

/**
 * Rows returned by an UPDATE … RETURNING. TypeORM's postgres driver answers UPDATE and DELETE with
 * [rows, affectedCount] (and every other command with the rows alone): this hides the difference.
 */
export async function updateReturning<Row>(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<Row[]> {
  const [rows] = (await manager.query(sql, parameters)) as [Row[], number];
  return rows;
}
