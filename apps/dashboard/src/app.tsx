import { useEffect } from 'preact/hooks';
import { useSessionCheck } from './auth/use-session-check';
import { useSession } from './auth/use-session';
import { AppHeader } from './components/app-header';
import { Link } from './router/link';
import { useLocation } from './router/navigation';
import { matchRoute, ROUTES, type RouteName } from './router/paths';
import { DatasetsPage } from './views/datasets/datasets-page';
import { EffectsView } from './views/effects/effects-view';
import { ForecastView } from './views/forecasts/forecast-view';
import { LoginPage } from './views/login/login-page';
import { MarketShareView } from './views/market-share/market-share-view';
import { NetworkView } from './views/network/network-view';
import { OverviewPage } from './views/overview/overview-page';

const TITLES: Record<RouteName, string> = { marketShare: 'Market share', overview: 'Executive overview', forecasts: 'Forecasts', effects: 'Bundling effect', network: 'Partnership network', datasets: 'Datasets', login: 'Log in' };

function Page({ route }: { route: RouteName | null }) {
  switch (route) {
    case 'marketShare':
      return <MarketShareView />;
    case 'overview':
      return <OverviewPage />;
    case 'forecasts':
      return <ForecastView />;
    case 'effects':
      return <EffectsView />;
    case 'network':
      return <NetworkView />;
    case 'datasets':
      return <DatasetsPage />;
    case 'login':
      return <LoginPage />;
    case null:
      return (
        <section class="panel" aria-labelledby="not-found-title">
          <h2 id="not-found-title">Page not found</h2>
          <p>
            Nothing lives at this address. Go to the <Link href={ROUTES.marketShare}>market share</Link> or the <Link href={ROUTES.datasets}>datasets</Link>.
          </p>
        </section>
      );
  }
}

/** The shell: header and navigation, the current route's page, and the footer. */
export function App() {
  const { pathname } = useLocation();
  const session = useSession();
  useSessionCheck(session?.token ?? null);
  const route = matchRoute(pathname);
  useEffect(() => {
    document.title = `${route ? TITLES[route] : 'Not found'} · Marketlens`;
  }, [route]);
  return (
    <div class="shell">
      <AppHeader />
      <main>
        <Page route={route} />
      </main>
      <footer class="shell-footer">Every number links to its source. Rival panels are never mixed.</footer>
    </div>
  );
}
