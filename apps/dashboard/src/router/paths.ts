/** The dashboard's pages and their paths: one place, so links and the router agree. */
export const ROUTES = {
  marketShare: '/',
  overview: '/overview',
  forecasts: '/forecasts',
  effects: '/effects',
  network: '/network',
  datasets: '/datasets',
  login: '/login',
} as const;

export type RouteName = keyof typeof ROUTES;

/** The route a pathname shows, ignoring a trailing slash; null for an unknown path. */
export function matchRoute(pathname: string): RouteName | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const found = (Object.entries(ROUTES) as Array<[RouteName, string]>).find(([, candidate]) => candidate === path);
  return found ? found[0] : null;
}

/**
 * Where to go after logging in: only a path of this site (never `//evil.example` or a full URL, so a
 * crafted link cannot send a user elsewhere), and never back to the login page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return ROUTES.marketShare;
  if (matchRoute(next.split(/[?#]/)[0]!) === 'login') return ROUTES.marketShare;
  return next;
}

/** The login page's address, coming back to `next` afterwards; `expired` says why the user is sent there. */
export function loginHref(next: string, expired = false): string {
  const params = new URLSearchParams();
  const target = safeNext(next);
  if (target !== ROUTES.marketShare) params.set('next', target);
  if (expired) params.set('reason', 'expired');
  const query = params.toString();
  return query ? `${ROUTES.login}?${query}` : ROUTES.login;
}
