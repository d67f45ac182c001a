import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import { PredictionScorecardQuery } from '../../forecasting/operations';
import '../../forecasting/forecasting.css';
import { OverviewForecast } from './overview-forecast';
import './overview.css';
import { PenetrationCard } from './penetration-card';
import { PrintButton } from './print-button';
import { ScorecardSection } from './scorecard-section';
import { ShareHeadlines } from './share-headlines';
import { useEnterpriseOutlook } from './use-enterprise-outlook';

/**
 * What an executive reads first: who leads and how concentrated the market is, enterprise penetration now
 * and ahead, and how published predictions fared — each headline linking to the analyst view behind it.
 */
export function OverviewPage() {
  const outlook = useEnterpriseOutlook();
  const scorecard = useQuery(PredictionScorecardQuery, {});
  const predictions = scorecard.status === 'done' ? scorecard.data.predictionScorecard.predictions : [];
  const forecast = outlook.forecast.status === 'done' ? outlook.forecast.data.forecast : null;
  return (
    <section class="panel overview" aria-labelledby="overview-title">
      <div class="panel-header">
        <h2 id="overview-title">Executive overview</h2>
        <div class="overview-actions">
          <PrintButton />
        </div>
      </div>
      <p class="hint overview-intro">Headlines from the curated datasets, each with its source and a link to the analysis behind it.</p>
      <div class="headline-cards">
        <ShareHeadlines />
        {outlook.missing && <p class="status">No enterprise-penetration series is loaded.</p>}
        {outlook.forecast.status === 'error' && <ErrorMessage error={outlook.forecast.error} />}
        {!outlook.missing && outlook.forecast.status === 'loading' && <Loading what="the enterprise-penetration forecast" />}
        {forecast && outlook.key && <PenetrationCard forecast={forecast} seriesKey={outlook.key} />}
      </div>
      {forecast && outlook.key && <OverviewForecast forecast={forecast} seriesKey={outlook.key} predictions={predictions} />}
      {scorecard.status === 'loading' && <Loading what="the prediction scorecard" />}
      {scorecard.status === 'error' && <ErrorMessage error={scorecard.error} />}
      {scorecard.status === 'done' && <ScorecardSection scorecard={scorecard.data.predictionScorecard} />}
    </section>
  );
}
