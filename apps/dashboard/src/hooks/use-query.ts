import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api/client';
import type { TypedDocumentString } from '../gql/graphql';

export type QueryState<Result> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; data: Result };

/**
 * Runs a typed query whenever its variables change (null: wait); a stale answer never overwrites a newer
 * one. A new `refreshKey` asks again while still showing the previous answer.
 */
export function useQuery<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables | null, refreshKey = 0): QueryState<Result> {
  const [state, setState] = useState<QueryState<Result>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    if (lastKey.current !== key) setState({ status: 'loading' });
    lastKey.current = key;
    request(document, variables).then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [document, key, refreshKey]);
  return state;
}
