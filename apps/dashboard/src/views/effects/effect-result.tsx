import { ErrorMessage, Loading } from '../../components/status';
import { useQuery } from '../../hooks/use-query';
import type { BundlingEffectInput } from '../../gql/graphql';
import { EffectChartCard } from './effect-chart-card';
import { EffectEstimates } from './effect-estimates';
import type { EffectEvent, MethodName } from './effect-state';
import { EffectWarnings } from './effect-warnings';
import { BundlingEffectQuery } from './operations';

interface EffectResultProps {
  readonly input: BundlingEffectInput;
  readonly event: EffectEvent;
  readonly method: MethodName;
}

/** Runs the estimate and shows it: chart and estimates, or plainly why there is none. */
export function EffectResult({ input, event, method }: EffectResultProps) {
  const result = useQuery(BundlingEffectQuery, { input });
  if (result.status === 'loading') return <Loading what="the estimate" />;
  if (result.status === 'error') return <ErrorMessage error={result.error} />;
  const effect = result.data.bundlingEffect;
  if (!effect.ok) return <EffectWarnings effect={effect} event={event} method={method} />;
  return (
    <div class="effect-result">
      <EffectChartCard effect={effect} event={event} method={method} />
      <EffectEstimates effect={effect} event={event} method={method} />
    </div>
  );
}
