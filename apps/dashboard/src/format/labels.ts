const METRIC_LABELS: Readonly<Record<string, string>> = {
  unique_users: 'Unique users',
  active_users: 'Active users',
  registered_users: 'Registered users',
  concurrent_users: 'Concurrent users',
  subscribers: 'Subscribers',
  lines: 'Lines',
  net_additions: 'Net additions',
  minutes: 'Minutes of use',
  messages: 'Messages',
  enterprise_penetration: 'Enterprise penetration',
  usage_rate: 'Usage rate',
  multi_client_overlap: 'Multi-client overlap',
  reported_share: 'Reported share',
  revenue: 'Revenue',
  growth_rate: 'Growth rate',
  price: 'Price',
  shipments: 'Shipments',
  cumulative_shipments: 'Cumulative shipments',
  installed_base: 'Installed base',
  adopters: 'Adopters',
};

const SEGMENT_LABELS: Readonly<Record<string, string>> = {
  all: 'all (scope not split)',
  home: 'at home',
  work: 'at work',
  home_and_work: 'at home and work',
  enterprise: 'in enterprises',
  consumer: 'consumers',
};

const UNIT_LABELS: Readonly<Record<string, string>> = { count: 'people or units', usd: 'US$', minutes: 'minutes', percent: '%' };

const words = (value: string): string => value.replaceAll('_', ' ');

/** "unique_users" → "Unique users" */
export const metricLabel = (metric: string): string => METRIC_LABELS[metric] ?? words(metric);
/** "home_and_work" → "at home and work" */
export const segmentLabel = (segment: string): string => SEGMENT_LABELS[segment] ?? words(segment);
/** A base unit as an axis says it: "count" → "people or units". */
export const unitLabel = (unit: string): string => UNIT_LABELS[unit] ?? words(unit);
/** "pc_to_phone_termination" → "PC-to-phone termination" */
export const kindLabel = (kind: string): string => (kind === 'pc_to_phone_termination' ? 'PC-to-phone termination' : words(kind).replace(/^./, (first) => first.toUpperCase()));
