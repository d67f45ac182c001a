import type { Forecast } from './forecast-data';
import type { ScoredPrediction } from './prediction-overlay';

/** Test fixtures shaped like the API's answers for Osterman Research's enterprise-penetration series. */
const OSTERMAN = { id: '31', title: 'ClickZ, "IM Gaining Popularity in the Enterprise"', url: 'https://www.clickz.com/x', publisher: 'Osterman Research', published: null };

export const ENTERPRISE_FORECAST: Forecast = {
  model: 'naive',
  chosenBy: 'backtest (naive has the lowest backtest MASE (1.77) over 1 common origins)',
  vintage: null,
  warnings: [],
  parameters: [],
  series: { product: 'All IM', productId: '15', metric: 'enterprise_penetration', segment: 'enterprise', geography: 'WW', panel: 'Osterman Research', unit: 'percent' },
  history: [
    { period: '2002', start: '2002-01-01', granularity: 'year', value: 42, originalValue: 42, originalUnit: 'percent', note: '=later 2002 survey', source: OSTERMAN },
    { period: '2002-03', start: '2002-03-01', granularity: 'month', value: 29, originalValue: 29, originalUnit: 'percent', note: null, source: OSTERMAN },
    { period: '2005-09', start: '2005-09-01', granularity: 'month', value: 52, originalValue: 52, originalUnit: 'percent', note: null, source: OSTERMAN },
  ],
  actualsAfter: [],
  points: [
    { period: '2005-10', start: '2005-10-01', value: 52, lower80: 34, upper80: 70, lower95: 34, upper95: 70 },
    { period: '2005-11', start: '2005-11-01', value: 52, lower80: 16, upper80: 88, lower95: 16, upper95: 88 },
    { period: '2005-12', start: '2005-12-01', value: 52, lower80: -2, upper80: 106, lower95: -2, upper95: 106 },
  ],
  backtest: [{ model: 'naive', mase: 1.77, mape: 44.2, coverage80: 0, coverage95: 0, eligible: true, origins: 1, note: null }],
};

export const GARTNER_2001: ScoredPrediction = {
  id: '1',
  forecaster: 'Gartner',
  madeOn: '2001-10',
  target: '2003',
  metric: 'enterprise_penetration',
  segment: 'enterprise',
  geography: 'WW',
  product: null,
  value: 70,
  originalValue: 70,
  originalUnit: 'percent',
  probability: null,
  note: 'free (public) IM services found in enterprises',
  error: 0,
  hit: true,
  brier: null,
  flags: ['The sources note that their definitions differ.'],
  source: { id: '40', title: 'Gartner says free instant messaging…', url: 'http://www.mobic.com/x.htm', publisher: 'Gartner', published: '2001-10' },
  actual: { value: 70, originalValue: 70, originalUnit: 'percent', period: '2003-12-31', product: 'All IM', segment: 'enterprise', geography: 'WW', note: 'definition differs', source: { id: '41', title: 'Chicago Tribune', url: null, publisher: 'Gartner', published: '2004-04-26' } },
};

export const GARTNER_2010: ScoredPrediction = { ...GARTNER_2001, id: '16', madeOn: '2006-03', target: '2010', value: 100, originalValue: 100, hit: null, error: null, flags: ['Nothing in the data measures the market as a whole in WW for 2010.'], actual: null };
