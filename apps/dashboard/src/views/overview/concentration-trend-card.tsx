import { formatCount } from '../../format/numbers';
import { HeadlineCard } from './headline-card';
import { concentrationReading, explorerHref, type MarketShare, type ShareView } from './overview-data';

/** HHI across the periods of the richest market-share view: where concentration went. */
export function ConcentrationTrendCard({ view, share }: { view: ShareView; share: MarketShare }) {
  const periods = share.periods;
  const first = periods[0];
  const last = periods[periods.length - 1];
  const link = { href: explorerHref(view), label: 'See concentration in the explorer' };
  if (!first || !last) {
    return (
      <HeadlineCard name="concentration-card" title="Concentration (HHI)" figure="—" link={link}>
        <p>No period to compute concentration from.</p>
      </HeadlineCard>
    );
  }
  const change = last.hhi - first.hhi;
  const direction = change < 0 ? `down ${formatCount(Math.round(-change))} points` : change > 0 ? `up ${formatCount(Math.round(change))} points` : 'unchanged';
  return (
    <HeadlineCard name="concentration-card" title="Concentration (HHI)" figure={periods.length > 1 ? `${formatCount(Math.round(first.hhi))} → ${formatCount(Math.round(last.hhi))}` : formatCount(Math.round(last.hhi))} link={link}>
      <p>
        {periods.length > 1 ? `From ${first.label} to ${last.label}: ${direction}; ` : `In ${last.label}: `}
        {concentrationReading(last.hhi)} by the 1992 US merger guidelines (above 1,800 is highly concentrated).
      </p>
      <ul class="hhi-periods" aria-label="HHI per period">
        {periods.map((period) => (
          <li key={period.start}>
            <span class="hhi-period">{period.label}</span>
            <span class="hhi-bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, period.hhi / 100)}%` }} />
            </span>
            <span class="hhi-value">
              {formatCount(Math.round(period.hhi))}
              {period.missingProductIds.length > 0 && ` (among ${period.entries.length} products)`}
            </span>
          </li>
        ))}
      </ul>
    </HeadlineCard>
  );
}
