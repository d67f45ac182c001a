import { describe, expect, it } from 'vitest';
import { readingNotes } from './forecast-caveats';
import { forecastCsv, modelLabel, toFanChartData } from './forecast-data';
import { ENTERPRISE_FORECAST, GARTNER_2001, GARTNER_2010 } from './forecast-fixtures';
import { forecastChanges, forecastHref, readForecastState } from './forecast-state';
import { predictionsAbout, predictionsOnChart } from './prediction-overlay';

describe('forecast state in the URL', () => {
  it('reads back what it wrote, leaving defaults out', () => {
    const changes = forecastChanges({ series: '15:enterprise_penetration:enterprise:WW:Osterman%20Research', model: 'HOLT_DAMPED', horizon: 12, asOf: '2003-12-31' });
    const params = new URLSearchParams(Object.entries(changes).filter((entry): entry is [string, string] => entry[1] !== null));
    expect(readForecastState(params)).toEqual({ series: '15:enterprise_penetration:enterprise:WW:Osterman%20Research', model: 'HOLT_DAMPED', horizon: 12, asOf: '2003-12-31' });
    expect(forecastChanges({ model: 'AUTO', horizon: 5, asOf: null })).toEqual({ model: null, horizon: null, asOf: null });
  });

  it('ignores values that do not parse, and links to a series', () => {
    expect(readForecastState(new URLSearchParams('model=magic&horizon=99&asOf=2003-13-45'))).toEqual({ series: null, model: 'AUTO', horizon: 5, asOf: null });
    expect(forecastHref('15:x', { horizon: 20 })).toBe('/forecasts?series=15%3Ax&horizon=20');
  });
});

describe('toFanChartData', () => {
  it('draws the measurements with their citations and the forecast at the last measurement’s granularity', () => {
    const data = toFanChartData(ENTERPRISE_FORECAST);
    expect(data.history.map((point) => [point.period, point.value])).toEqual([['2002', 42], ['2002-03', 29], ['2005-09', 52]]);
    expect(data.history[0]!.details).toEqual(['Stated: 42%', 'Note: =later 2002 survey', 'Source: Osterman Research — ClickZ, "IM Gaining Popularity in the Enterprise"']);
    expect(data.forecast[2]).toMatchObject({ period: '2005-12', granularity: 'month', lower95: -2, upper95: 106 });
    expect(data.vintage).toBeNull();
    expect(data.label).toBe('All IM — enterprise penetration in enterprises, WW — Osterman Research');
    expect(data.valueLabel).toBe('Enterprise penetration (%)');
    expect(modelLabel('holt-damped')).toBe('Damped Holt');
  });

  it('writes measurements and forecast as formula-safe CSV', () => {
    const lines = forecastCsv(ENTERPRISE_FORECAST).trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,period_start,kind,value,lower_80,upper_80,lower_95,upper_95,unit,model,chosen_by,vintage,series,stated_value,note,source,source_url');
    expect(lines[1]).toContain(`2002,2002-01-01,"measured, seen by the model",42,,,,,percent,Naive (last value)`);
    expect(lines[1]).toContain(`,42%,'=later 2002 survey,`);
    expect(lines[6]).toContain('2005-12,2005-12-01,forecast,52,-2,106,-2,106,percent');
  });
});

describe('reading notes', () => {
  it('say how little the model saw and when the two intervals coincide', () => {
    expect(readingNotes(ENTERPRISE_FORECAST)).toEqual([
      'The model saw 3 measurements: too few to say much about what comes next.',
      'The 80% and 95% intervals coincide: there are too few past errors to resample to tell them apart, so read them as one rough range.',
    ]);
  });

  it('say when intervals have no width', () => {
    const flat = { ...ENTERPRISE_FORECAST, points: ENTERPRISE_FORECAST.points.map((point) => ({ ...point, lower80: 29, upper80: 29, lower95: 29, upper95: 29 })) };
    expect(readingNotes(flat).at(-1)).toMatch(/^The intervals have no width/);
    const same = { ...ENTERPRISE_FORECAST, points: ENTERPRISE_FORECAST.points.map((point) => ({ ...point, lower80: point.lower95, upper80: point.upper95 })) };
    expect(readingNotes(same).at(-1)).toMatch(/^The 80% and 95% intervals coincide/);
  });
});

describe('predictions on the chart', () => {
  it('marks Gartner’s 2001 call at 2003 with the actual it was scored on, and lists those beyond the span', () => {
    const about = predictionsAbout([GARTNER_2001, GARTNER_2010, { ...GARTNER_2001, id: '9', geography: 'NA' }], ENTERPRISE_FORECAST.series);
    expect(about.map((prediction) => prediction.id)).toEqual(['1', '16']);
    const { drawn, beyond } = predictionsOnChart(about, 'percent', [new Date('2002-01-01'), new Date('2005-12-01')]);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ key: '1', value: 70, label: 'Gartner, 2001-10', hit: true, actual: { value: 70, date: new Date('2003-12-31T00:00:00Z') } });
    expect(drawn[0]!.date).toEqual(new Date('2003-01-01T00:00:00Z'));
    expect(drawn[0]!.lines).toContain('Flag: The sources note that their definitions differ.');
    expect(beyond.map((prediction) => prediction.target)).toEqual(['2010']);
    // A single measurement at the end of 2003 still shows the call about 2003: the target period overlaps it.
    const single = predictionsOnChart(about, 'percent', [new Date('2003-12-31'), new Date('2003-12-31')]);
    expect(single.drawn.map((marker) => marker.key)).toEqual(['1']);
  });
});
