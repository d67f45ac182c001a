import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { periodLabel, type Granularity } from '@marketlens/domain';
import type { DataSource } from 'typeorm';
import { AppError, AppErrorCode } from '../errors/app-error.js';
import { sourceFromRow, type SourceColumns } from '../sources/models/source.model.js';
import type { SeriesKeyInput } from './dto/series-key.input.js';
import type { SeriesModel, SeriesSummaryModel } from './models/series.model.js';
import { SERIES_CATALOG_SQL, SERIES_POINTS_SQL } from './series.sql.js';

interface PointRow extends SourceColumns {
  period_start: string;
  granularity: Granularity;
  value: number;
  unit: string;
  original_value: number;
  original_unit: string;
  note: string | null;
}

interface CatalogRow {
  product_id: number;
  product: string;
  metric: SeriesSummaryModel['metric'];
  segment: SeriesSummaryModel['segment'];
  geography: string;
  panel: string;
  points: number;
  first_period: string;
  last_period: string;
}

@Injectable()
export class SeriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async series(key: SeriesKeyInput): Promise<SeriesModel> {
    const products: Array<{ name: string }> = await this.dataSource.query('SELECT name FROM products WHERE id = $1', [Number(key.productId)]);
    if (!products[0]) throw new AppError(AppErrorCode.NotFound, `No product with id ${key.productId}.`);
    const rows: PointRow[] = await this.dataSource.query(SERIES_POINTS_SQL, [Number(key.productId), key.metric, key.segment, key.geography, key.panel]);
    return {
      ...key,
      product: products[0].name,
      unit: rows[0]?.unit ?? '',
      points: rows.map((row) => ({
        period: periodLabel(row.period_start, row.granularity),
        start: row.period_start,
        granularity: row.granularity,
        value: row.value,
        originalValue: row.original_value,
        originalUnit: row.original_unit,
        note: row.note,
        source: sourceFromRow(row),
      })),
    };
  }

  async catalog(productId: string | undefined, take: number): Promise<SeriesSummaryModel[]> {
    const rows: CatalogRow[] = await this.dataSource.query(SERIES_CATALOG_SQL, [productId ? Number(productId) : null, take]);
    return rows.map((row) => ({
      productId: String(row.product_id),
      product: row.product,
      metric: row.metric,
      segment: row.segment,
      geography: row.geography,
      panel: row.panel,
      points: row.points,
      firstPeriod: row.first_period,
      lastPeriod: row.last_period,
    }));
  }
}
