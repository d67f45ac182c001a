import type { NetworkSelection } from '@marketlens/charts';
import type { PartnershipKind } from '../../gql/graphql';
import type { ParamChanges } from '../../router/search-params';

export const PARTNERSHIP_KINDS: readonly PartnershipKind[] = ['pc_to_phone_termination', 'equipment_supply', 'network_carriage', 'investment', 'technology', 'distribution'];

/** The network view's choices, as its URL says them. */
export interface NetworkState {
  /** The month the slider shows (`YYYY-MM`); null for everything up to the last partnership. */
  readonly at: string | null;
  /** Kinds shown; null for all. */
  readonly kinds: readonly PartnershipKind[] | null;
  readonly selected: NetworkSelection | null;
}

export function readNetworkState(params: URLSearchParams): NetworkState {
  const at = params.get('at');
  const kinds = params.get('kinds');
  const selected = /^(node|link):(.+)$/.exec(params.get('selected') ?? '');
  return {
    at: at && /^\d{4}-(0[1-9]|1[0-2])$/.test(at) ? at : null,
    kinds: kinds === null ? null : PARTNERSHIP_KINDS.filter((kind) => kinds.split(',').includes(kind)),
    selected: selected ? { kind: selected[1] as NetworkSelection['kind'], id: selected[2]! } : null,
  };
}

export function networkChanges(changes: Partial<NetworkState>): ParamChanges {
  const out: Record<string, string | null> = {};
  if (changes.at !== undefined) out['at'] = changes.at;
  if (changes.kinds !== undefined) out['kinds'] = changes.kinds === null || changes.kinds.length === PARTNERSHIP_KINDS.length ? null : changes.kinds.join(',') || 'none';
  if (changes.selected !== undefined) out['selected'] = changes.selected ? `${changes.selected.kind}:${changes.selected.id}` : null;
  return out;
}

/** Months from the first to the last partnership, for the slider's steps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    months.push(label);
    if (label >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The API's `at` for a month: its last day, so a partnership started that month counts. */
export function endOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
}
