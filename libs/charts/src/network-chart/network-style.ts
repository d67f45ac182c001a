/** Node colours by type (Tableau 10); vendors are also drawn as squares, products as circles. */
export const NODE_TYPE_COLORS: Readonly<Record<string, string>> = {
  vendor: '#4e79a7',
  im_client: '#f28e2b',
  voip_service: '#59a14f',
  network_gear: '#b07aa1',
  operating_system: '#edc948',
  brand_group: '#76b7b2',
  market_total: '#bab0ac',
  other: '#9c755f',
};

/** Link colour, dash and legend label by partnership kind: colour and dash both differ, for colour-blind readers. */
export const LINK_KIND_STYLE: Readonly<Record<string, { color: string; dash: string; label: string }>> = {
  pc_to_phone_termination: { color: '#c2571a', dash: '', label: 'PC-to-phone termination' },
  equipment_supply: { color: '#2f5d8a', dash: '6 3', label: 'equipment supply' },
  network_carriage: { color: '#3b8245', dash: '2 3', label: 'network carriage' },
  investment: { color: '#8e3b8e', dash: '8 3 2 3', label: 'investment' },
  technology: { color: '#6b6b6b', dash: '1 2', label: 'technology' },
  distribution: { color: '#a67c00', dash: '10 4', label: 'distribution' },
};

export const nodeColor = (type: string): string => NODE_TYPE_COLORS[type] ?? NODE_TYPE_COLORS['other']!;
export const linkColor = (kind: string): string => LINK_KIND_STYLE[kind]?.color ?? '#6b6b6b';
export const linkDash = (kind: string): string => LINK_KIND_STYLE[kind]?.dash ?? '';
