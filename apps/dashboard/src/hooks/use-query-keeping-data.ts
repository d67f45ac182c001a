import { useRef } from 'preact/hooks';
import type { TypedDocumentString } from '../gql/graphql';
import { useQuery, type QueryState } from './use-query';

export interface KeptQuery<Result> {
  readonly state: QueryState<Result>;
  /** The latest answer, kept while a newer one loads (a slider moving should not blank the chart). */
  readonly data: Result | null;
  readonly updating: boolean;
}

/** useQuery that keeps showing the last answer while the next one loads. */
export function useQueryKeepingData<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables | null): KeptQuery<Result> {
  const state = useQuery(document, variables);
  const last = useRef<Result | null>(null);
  if (state.status === 'done') last.current = state.data;
  return { state, data: last.current, updating: state.status === 'loading' && last.current !== null };
}
