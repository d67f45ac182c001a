export const PRODUCT_KINDS = ['im_client', 'market_total', 'brand_group', 'voip_service', 'network_gear', 'operating_system', 'durable_good', 'other'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const EVENT_KINDS = ['launch', 'bundling', 'partnership', 'acquisition', 'price_change', 'rename', 'milestone'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  'pc_to_phone_termination',
  'equipment_supply',
  'network_carriage',
  'distribution',
  'technology',
  'investment',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const ROLES = ['viewer', 'researcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Kinds that compete in a market share: all but market-wide totals and the durable goods of the
 * diffusion literature (air conditioners and colour TVs are not one market). `other` competes, so a
 * product a researcher's upload introduces shows in the shares of the panel that measured it.
 */
export const COMPETITOR_KINDS: readonly ProductKind[] = PRODUCT_KINDS.filter((kind) => kind !== 'market_total' && kind !== 'durable_good');
