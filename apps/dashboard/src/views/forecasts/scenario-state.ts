import type { ParamChanges } from '../../router/search-params';

/** Windows XP shipped with Windows Messenger bundled on this day: the default start of a bundling effect. */
export const XP_LAUNCH = '2001-10-25';

/** The scenario's choices, as the URL says them; null parameters mean "as fitted". */
export interface ScenarioState {
  readonly m: number | null;
  readonly p: number | null;
  readonly q: number | null;
  readonly effect: boolean;
  readonly effectFrom: string;
  /** The level change applied from `effectFrom` on, in the series' base unit. */
  readonly levelChange: number | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const positive = (text: string | null): number | null => (text !== null && Number.isFinite(Number(text)) && Number(text) > 0 ? Number(text) : null);

export function readScenarioState(params: URLSearchParams): ScenarioState {
  const level = params.get('level');
  const from = params.get('effectFrom');
  return {
    m: positive(params.get('m')),
    p: positive(params.get('p')),
    q: positive(params.get('q')),
    effect: params.get('effect') === 'on',
    effectFrom: from && DAY.test(from) && !Number.isNaN(Date.parse(from)) ? from : XP_LAUNCH,
    levelChange: level !== null && level !== '' && Number.isFinite(Number(level)) ? Number(level) : null,
  };
}

const text = (value: number | null): string | null => (value === null ? null : String(Number(value.toPrecision(6))));

export function scenarioChanges(changes: Partial<ScenarioState>): ParamChanges {
  const out: Record<string, string | null> = {};
  if (changes.m !== undefined) out['m'] = text(changes.m);
  if (changes.p !== undefined) out['p'] = text(changes.p);
  if (changes.q !== undefined) out['q'] = text(changes.q);
  if (changes.effect !== undefined) out['effect'] = changes.effect ? 'on' : null;
  if (changes.effectFrom !== undefined) out['effectFrom'] = changes.effectFrom === XP_LAUNCH ? null : changes.effectFrom;
  if (changes.levelChange !== undefined) out['level'] = text(changes.levelChange);
  return out;
}

/** A new series starts from its own fitted curve, without another series' effect. */
export const SCENARIO_RESET: ParamChanges = scenarioChanges({ m: null, p: null, q: null, effect: false, levelChange: null });
