import { useCallback, useMemo } from 'preact/hooks';
import { navigate, useLocation } from './navigation';

export type ParamChanges = Readonly<Record<string, string | null | undefined>>;

/** The query string with `changes` applied: an empty or null value removes its key. */
export function withParams(search: string, changes: ParamChanges): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A view's state in its URL's query string, so a copied link reopens the same view. Changes replace the
 * history entry (a filter is not a new page) and keep the scroll position.
 */
export function useSearchParams(): [URLSearchParams, (changes: ParamChanges) => void] {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback((changes: ParamChanges) => {
    navigate(`${window.location.pathname}${withParams(window.location.search, changes)}`, { replace: true, scroll: false });
  }, []);
  return [params, update];
}
