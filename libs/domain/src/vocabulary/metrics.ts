import type { BaseUnit } from './units.js';

/** What an observation measures. Meanings are documented in docs/datasets.md. */
export const METRICS = [
  'unique_users',
  'active_users',
  'registered_users',
  'concurrent_users',
  'subscribers',
  'lines',
  'net_additions',
  'minutes',
  'messages',
  'enterprise_penetration',
  'usage_rate',
  'multi_client_overlap',
  'reported_share',
  'revenue',
  'growth_rate',
  'price',
  'shipments',
  'cumulative_shipments',
  'installed_base',
  'adopters',
] as const;

export type Metric = (typeof METRICS)[number];



/** The base unit a metric's values must be stated in (after normalization). */
export const METRIC_BASE_UNIT: Readonly<Record<Metric, BaseUnit>> = {
  unique_users: 'count',
  active_users: 'count',
  registered_users: 'count',
  concurrent_users: 'count',
  subscribers: 'count',
  lines: 'count',
  net_additions: 'count',
  minutes: 'minutes',
  messages: 'count',
  enterprise_penetration: 'percent',
  usage_rate: 'percent',
  multi_client_overlap: 'percent',
  reported_share: 'percent',
  revenue: 'usd',
  growth_rate: 'percent',
  price: 'usd',
  shipments: 'count',
  cumulative_shipments: 'count',
  installed_base: 'count',
  adopters: 'count',
};

/**
 * Metrics whose values add up across products, so a share of their total means something: not
 * percentages (rates, shares, growth) and not prices.
 */
export const ADDITIVE_METRICS: ReadonlySet<Metric> = new Set(
  METRICS.filter((metric) => METRIC_BASE_UNIT[metric] !== 'percent' && metric !== 'price'),
);

/** Metrics that may go below zero (a net loss, a shrinking market). */
export const SIGNED_METRICS: ReadonlySet<Metric> = new Set<Metric>(['net_additions', 'growth_rate']);

export const isMetric = (value: string): value is Metric => (METRICS as readonly string[]).includes(value);
