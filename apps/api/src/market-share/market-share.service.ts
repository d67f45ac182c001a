import { Injectable } from '@nestjs/common';
import { setImmediate } from 'node:timers/promises';
import { concentrationRatio, hhi } from '@marketlens/analytics';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ADDITIVE_METRICS, COMPETITOR_KINDS, periodLabel, type Granularity, type Metric, type Segment } from '@marketlens/domain';
import { In, type DataSource, type Repository } from 'typeorm';
import { PRODUCTS_BY_ID_SQL } from '../catalog/products-by-id.sql.js';
import type { ProductModel } from '../catalog/models/product.model.js';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import type { ResponseBudget } from '../graphql/response-budget.js';
import { toSourceModel } from '../sources/models/source.model.js';
import { SourceEntity } from '../sources/source.entity.js';
import type { MarketShareArgs } from './dto/market-share.args.js';
import { CURRENT_VERSIONS_SQL, MARKET_SHARE_SQL, MARKET_SHARE_VIEWS_SQL } from './market-share.sql.js';
import type { MarketShareModel, MarketSharePeriodModel, MarketShareViewModel } from './models/market-share.model.js';

interface SharePoint {
  period_start: string;
  granularity: Granularity;
  product_id: number;
  value: number;
  unit: string;
  original_value: number;
  original_unit: string;
  note: string | null;
  total: number;
  share: number;
}

interface ProductRow {
  id: number;
  slug: string;
  name: string;
  kind: ProductModel['kind'];
  launched: string | null;
  note: string | null;
  aliases: string[];
  vendor: { id: number; slug: string; name: string; country: string | null; note: string | null; aliases: string[] } | null;
}

interface ViewRow {
  metric: Metric;
  segment: Segment;
  geography: string;
  source_id: number;
  period_count: number;
  product_count: number;
  first_start: string;
  last_start: string;
}

/** The least a row is counted for, whatever the selection: the work of loading and shaping it. */
const MIN_ROW_BYTES = 16;
/** One cell of a period's compact arrays (missing ids, shares, values), built for every period × product. */
const MATRIX_CELL_BYTES = 8;
const NARROWER = 'Ask for a shorter span (from, to) or one granularity.';

@Injectable()
export class MarketShareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SourceEntity) private readonly sources: Repository<SourceEntity>,
  ) {}

  /**
   * A view too large for the response's budget is refused before its rows are loaded whole or
   * shaped: at most as many rows as fit are read, at `size.bytesPerRow` each.
   */
  async marketShare(args: MarketShareArgs, size: { budget: ResponseBudget; bytesPerRow: number }): Promise<MarketShareModel> {
    if (!ADDITIVE_METRICS.has(args.metric)) {
      throw new AppError(AppErrorCode.BadInput, `Shares of ${args.metric} mean nothing: its values do not add up across products.`);
    }
    const [source, versions] = await Promise.all([
      this.sources.findOneBy({ id: Number(args.sourceId) }),
      this.dataSource.query(CURRENT_VERSIONS_SQL) as Promise<Array<{ ids: number[] | null }>>,
    ]);
    if (!source) throw new AppError(AppErrorCode.NotFound, `No source with id ${args.sourceId}.`);
    const points: SharePoint[] = await this.dataSource.query(MARKET_SHARE_SQL, [
      args.metric,
      args.segment,
      args.geography,
      source.id,
      args.from ?? null,
      args.to ?? null,
      args.granularity ?? null,
      COMPETITOR_KINDS,
      versions[0]?.ids ?? [],
      size.budget.rowsThatFit(Math.max(MIN_ROW_BYTES, size.bytesPerRow)) + 1,
    ]);
    checkSize(points, size.budget, Math.max(MIN_ROW_BYTES, size.bytesPerRow));
    const products = await this.productsById(points);
    const ranked = rankProducts(points, products);
    // Ranking and grouping a large view each take a while: let the event loop serve others between them.
    await setImmediate();
    return {
      metric: args.metric,
      segment: args.segment,
      geography: args.geography,
      unit: points[0]?.unit ?? '',
      source: toSourceModel(source),
      products: ranked,
      periods: groupPeriods(points, products, ranked),
    };
  }

  async views(): Promise<MarketShareViewModel[]> {
    const rows: ViewRow[] = await this.dataSource.query(MARKET_SHARE_VIEWS_SQL, [[...ADDITIVE_METRICS], COMPETITOR_KINDS]);
    const sources = await this.sources.findBy({ id: In([...new Set(rows.map((row) => row.source_id))]) });
    const sourceById = new Map(sources.map((source) => [source.id, toSourceModel(source)]));
    return rows.map((row) => ({
      metric: row.metric,
      segment: row.segment,
      geography: row.geography,
      source: sourceById.get(row.source_id)!,
      productCount: row.product_count,
      periodCount: row.period_count,
      firstPeriod: row.first_start,
      lastPeriod: row.last_start,
    }));
  }

  private async productsById(points: readonly SharePoint[]): Promise<Map<number, ProductModel>> {
    const ids = [...new Set(points.map((point) => point.product_id))];
    const rows: ProductRow[] = await this.dataSource.query(PRODUCTS_BY_ID_SQL, [ids]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: String(row.id),
          slug: row.slug,
          name: row.name,
          kind: row.kind,
          launched: row.launched,
          note: row.note,
          aliases: row.aliases,
          vendor: row.vendor ? { ...row.vendor, id: String(row.vendor.id) } : null,
        },
      ]),
    );
  }
}

function checkSize(points: readonly SharePoint[], budget: ResponseBudget, bytesPerRow: number): void {
  const limited = points.length > budget.rowsThatFit(bytesPerRow);
  const rows = (limited ? points.length - 1 : points.length).toLocaleString('en-US');
  budget.assertFits(points.length * bytesPerRow, limited ? `marketShare's more than ${rows} rows` : `marketShare's ${rows} rows`, NARROWER);
  const periods = new Set(points.map((point) => `${point.period_start}/${point.granularity}`)).size;
  const products = new Set(points.map((point) => point.product_id)).size;
  budget.assertFits(periods * products * 3 * MATRIX_CELL_BYTES, `marketShare's per-period arrays (${periods} periods × ${products} products)`, NARROWER);
}

function rankProducts(points: readonly SharePoint[], products: ReadonlyMap<number, ProductModel>): ProductModel[] {
  const totals = new Map<number, number>();
  for (const point of points) totals.set(point.product_id, (totals.get(point.product_id) ?? 0) + point.share);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => products.get(id)!);
}

function groupPeriods(points: readonly SharePoint[], products: ReadonlyMap<number, ProductModel>, order: readonly ProductModel[]): MarketSharePeriodModel[] {
  const periods = new Map<string, MarketSharePeriodModel>();
  for (const point of points) {
    const key = `${point.period_start}/${point.granularity}`;
    let period = periods.get(key);
    if (!period) {
      const label = periodLabel(point.period_start, point.granularity);
      period = { label, start: point.period_start, granularity: point.granularity, total: point.total, entries: [], missingProductIds: [], shares: [], values: [], hhi: 0, cr1: 0, cr3: 0 };
      periods.set(key, period);
    }
    period.entries.push({
      product: products.get(point.product_id)!,
      value: point.value,
      share: point.share,
      originalValue: point.original_value,
      originalUnit: point.original_unit,
      note: point.note,
    });
  }
  const all = [...products.keys()].map(String);
  for (const period of periods.values()) {
    const present = new Set(period.entries.map((entry) => entry.product.id));
    period.missingProductIds = all.filter((id) => !present.has(id));
    const byProduct = new Map(period.entries.map((entry) => [entry.product.id, entry]));
    period.shares = order.map((product) => byProduct.get(product.id)?.share ?? null);
    period.values = order.map((product) => byProduct.get(product.id)?.value ?? null);
    const shares = period.entries.map((entry) => entry.share);
    period.hhi = hhi(shares);
    period.cr1 = concentrationRatio(shares, 1);
    period.cr3 = concentrationRatio(shares, 3);
  }
  return [...periods.values()];
}
