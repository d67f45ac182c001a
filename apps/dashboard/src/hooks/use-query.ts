import { useEffect, useState } from 'preact/hooks';
import { request } from '../api/client';
import type { TypedDocumentString } from '../gql/graphql';

export type QueryState<Result> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; data: Result };

/** Runs a typed query whenever its variables change (null: wait); a stale answer never overwrites a newer one. */
export function useQuery<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables | null): QueryState<Result> {
  const [state, setState] = useState<QueryState<Result>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setState({ status: 'loading' });
    request(document, variables).then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);
  return state;
}
