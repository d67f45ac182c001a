import type { ExplorerState } from '../../market-share/explorer-state';
import type { ShareView } from './view-label';

/** What the pickers offer and what is chosen, each list narrowed by the choices before it. */
export interface ViewSelection {
  readonly metrics: readonly string[];
  readonly segments: readonly string[];
  readonly geographies: readonly string[];
  /** The views (one per source) of the chosen metric, segment and geography. */
  readonly sources: readonly ShareView[];
  readonly view: ShareView;
  /** The second source to show beside the first, when chosen and available. */
  readonly compare: ShareView | null;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];
const chosen = (wanted: string | null, options: readonly string[]): string => (wanted !== null && options.includes(wanted) ? wanted : options[0]!);

/**
 * Resolves the URL's choices against the views the API offers (richest first): each picker keeps a valid
 * choice and otherwise falls back to the first option, so any link opens a real view.
 */
export function selectView(views: readonly ShareView[], state: Pick<ExplorerState, 'metric' | 'segment' | 'geography' | 'source' | 'compare'>): ViewSelection {
  const metrics = unique(views.map((view) => view.metric));
  const metric = chosen(state.metric, metrics);
  const ofMetric = views.filter((view) => view.metric === metric);
  const segments = unique(ofMetric.map((view) => view.segment));
  const segment = chosen(state.segment, segments);
  const ofSegment = ofMetric.filter((view) => view.segment === segment);
  const geographies = unique(ofSegment.map((view) => view.geography));
  const geography = chosen(state.geography, geographies);
  const sources = ofSegment.filter((view) => view.geography === geography);
  const view = sources.find((candidate) => candidate.source.id === state.source) ?? sources[0]!;
  const compare = sources.find((candidate) => candidate.source.id === state.compare && candidate !== view) ?? null;
  return { metrics, segments, geographies, sources, view, compare };
}
