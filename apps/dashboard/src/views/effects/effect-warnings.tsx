import { formatQuantity } from '@marketlens/domain';
import { citationOf } from '../../format/citation';
import { seriesLabel } from '../../series/series-label';
import type { BundlingEffect } from './effect-data';
import { METHODS, type EffectEvent, type MethodName } from './effect-state';

interface EffectWarningsProps {
  readonly effect: BundlingEffect;
  readonly event: EffectEvent;
  readonly method: MethodName;
}

/**
 * When the data cannot support an estimate: the API's warnings in plain words, what the series holds on
 * each side of the event, and what would make an estimate possible — instead of a chart of nothing.
 */
export function EffectWarnings({ effect, event, method }: EffectWarningsProps) {
  // The API says which side of the event each period is on (a period the event falls in counts as after it).
  const afterEvent = new Map(effect.points.map((point) => [point.start, point.afterEvent]));
  const isAfter = (start: string): boolean => afterEvent.get(start) ?? start >= event.start;
  const before = effect.series.points.filter((point) => !isAfter(point.start));
  const after = effect.series.points.filter((point) => isAfter(point.start));
  return (
    <section class="effect-warnings" role="status" aria-labelledby="effect-warnings-title">
      <h3 id="effect-warnings-title">No estimate: the data cannot support one</h3>
      <p>
        {METHODS[method].label} could not estimate what “{event.title}” ({event.date}) did to {seriesLabel(effect.series)}. Rather than draw a counterfactual the numbers do not support, here is why:
      </p>
      <ul class="warning-list">
        {effect.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <p>
        The series has {effect.series.points.length} point{effect.series.points.length === 1 ? '' : 's'}: {before.length} before the event and {after.length} from it on. An estimate needs at least three periods on each side (synthetic control: three before and one after, and two donors with the same periods). Pick a longer series or another event, or upload a denser series on the datasets page.
      </p>
      {effect.series.points.length > 0 && (
        <table class="data-table">
          <caption>What the series holds</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Side of the event</th>
              <th scope="col">Value as stated</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {effect.series.points.map((point) => (
              <tr key={point.start}>
                <td>{point.period}</td>
                <td>{isAfter(point.start) ? 'after' : 'before'}</td>
                <td>{formatQuantity(point.originalValue, point.originalUnit)}</td>
                <td>{citationOf(point.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
