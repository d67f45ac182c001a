import { useEffect, useState } from 'preact/hooks';

const NAVIGATED = 'marketlens:navigate';

export interface CurrentLocation {
  readonly pathname: string;
  readonly search: string;
}

function readLocation(): CurrentLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

/**
 * Goes to a path of the dashboard without reloading the page (History API). `scroll: false` keeps the
 * reader where they are (a view's state changing in its query string, not a new page).
 */
export function navigate(to: string, options: { replace?: boolean; scroll?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
  if (options.scroll !== false) window.scrollTo?.(0, 0);
}

/** The current location, re-rendering on navigate() and on the browser's back and forward buttons. */
export function useLocation(): CurrentLocation {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const update = () => setLocation(readLocation());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return location;
}
