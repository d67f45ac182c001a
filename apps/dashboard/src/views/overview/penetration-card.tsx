import { SourceCitation } from '../../components/source-citation';
import { readingNotes } from '../../forecasting/forecast-caveats';
import { modelLabel, valueFormatFor, type Forecast } from '../../forecasting/forecast-data';
import { forecastHref, MAX_HORIZON } from '../../forecasting/forecast-state';
import { HeadlineCard } from './headline-card';
import { yearsAhead } from './overview-data';

interface PenetrationCardProps {
  readonly forecast: Forecast;
  /** The series' key word, for the link to the forecast view. */
  readonly seriesKey: string;
}

/** Enterprise penetration now, and the forecast one to three years on with its intervals — or why it stops short. */
export function PenetrationCard({ forecast, seriesKey }: PenetrationCardProps) {
  const format = valueFormatFor(forecast.series.unit);
  const now = forecast.history[forecast.history.length - 1];
  const link = { href: forecastHref(seriesKey, { horizon: MAX_HORIZON }), label: 'Open the enterprise-penetration forecast' };
  const cautions = forecast.warnings.length + readingNotes(forecast).length;
  const ahead = yearsAhead(forecast);
  const reached = ahead.filter((year) => year.point);
  const short = ahead.filter((year) => !year.point);
  const chosen = forecast.model ? `${modelLabel(forecast.model)}, chosen by ${forecast.chosenBy.startsWith('backtest') ? 'backtest' : forecast.chosenBy}` : 'no model could be fitted';
  return (
    <HeadlineCard name="penetration-card" title="Enterprise penetration" figure={now ? `${format(now.value)} in ${now.period}` : '—'} link={link}>
      {now && (
        <p>
          Enterprises using IM, as {forecast.series.panel} last measured it. <SourceCitation source={now.source} maxLength={90} />
        </p>
      )}
      <p class="outlook-title">Forecast ({chosen}):</p>
      <ul class="outlook" aria-label="Forecast one, two and three years ahead">
        {reached.map(({ years, point }) => (
          <li key={years}>
            <strong>
              {point!.period} (in {years} year{years === 1 ? '' : 's'}): {format(point!.value)}
            </strong>{' '}
            — 80% interval {format(point!.lower80)} to {format(point!.upper80)}; 95% interval {format(point!.lower95)} to {format(point!.upper95)}.
          </li>
        ))}
        {short.length > 0 && (
          <li class="muted">
            {short.map(({ years }) => years).join(' and ')} year{short.length === 1 && short[0]!.years === 1 ? '' : 's'} ahead: not forecast — the API goes at most {MAX_HORIZON} periods ahead
            {now ? `, and this series continues by ${now.granularity}` : ''}.
          </li>
        )}
      </ul>
      {cautions > 0 && (
        <p class="headline-caution">
          {cautions} caution{cautions === 1 ? '' : 's'}: the intervals are wide because the data is thin. Read them on the forecast view.
        </p>
      )}
    </HeadlineCard>
  );
}
