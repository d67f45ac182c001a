import { ErrorMessage, Loading } from '../../components/status';
import { kindLabel } from '../../format/labels';
import { useQueryKeepingData } from '../../hooks/use-query-keeping-data';
import { useSearchParams } from '../../router/search-params';
import { NetworkChartCard } from './network-chart-card';
import { NetworkControls } from './network-controls';
import { NetworkDetails } from './network-details';
import { endOfMonth, networkChanges, PARTNERSHIP_KINDS, readNetworkState, type NetworkState } from './network-state';
import './network.css';
import { PartnershipNetworkQuery } from './operations';

/** Who partnered with whom, as of a month: a force-directed graph with a date slider, kind filters and sources. */
export function NetworkView() {
  const [params, update] = useSearchParams();
  const state = readNetworkState(params);
  const network = useQueryKeepingData(PartnershipNetworkQuery, { at: state.at ? endOfMonth(state.at) : null, kinds: state.kinds ? [...state.kinds] : null });
  const onChange = (changes: Partial<NetworkState>) => update(networkChanges(changes));
  if (!network.data && network.state.status === 'error') return <ErrorMessage error={network.state.error} />;
  if (!network.data) return <Loading what="the partnership network" />;
  const { firstDate, lastDate, links, nodes } = network.data.partnershipNetwork;
  if (!firstDate || !lastDate) return <p class="status">No partnerships are loaded yet: load datasets first.</p>;
  const kinds = state.kinds ?? PARTNERSHIP_KINDS;
  const label = `Partnerships started by ${state.at ? endOfMonth(state.at) : lastDate}${kinds.length < PARTNERSHIP_KINDS.length ? ` (${kinds.map(kindLabel).join(', ') || 'no kind'})` : ''}`;
  return (
    <section class="panel network" aria-labelledby="network-title" aria-busy={network.updating}>
      <div class="panel-header">
        <h2 id="network-title">Partnership network</h2>
        <p class="hint">Arrows run from supplier to recipient. The date, kinds and selection are in this page’s address.</p>
      </div>
      <NetworkControls state={state} firstDate={firstDate} lastDate={lastDate} onChange={onChange} />
      {network.state.status === 'error' && <ErrorMessage error={network.state.error} />}
      <p class="coverage" role="status">
        {label}: {nodes.length} partners, {links.length} partnership{links.length === 1 ? '' : 's'}, citing {new Set(links.map((link) => link.source.id)).size} source{new Set(links.map((link) => link.source.id)).size === 1 ? '' : 's'}.
        {network.updating && ' Updating…'}
      </p>
      <div class="network-layout">
        <NetworkChartCard network={network.data.partnershipNetwork} label={label} selected={state.selected} onSelect={(selected) => onChange({ selected })} />
        <NetworkDetails network={network.data.partnershipNetwork} selected={state.selected} onClose={() => onChange({ selected: null })} />
      </div>
    </section>
  );
}
