import { logOut } from '../auth/log-out';
import { useSession } from '../auth/use-session';
import { Link } from '../router/link';
import { useLocation } from '../router/navigation';
import { loginHref, ROUTES } from '../router/paths';
import { ThemeToggle } from './theme-toggle';

/** The brand, the main navigation, and who is logged in (with Log out, here or everywhere), or a Log in link. */
export function AppHeader() {
  const session = useSession();
  const { pathname, search } = useLocation();
  return (
    <header class="shell-header">
      <div class="brand">
        <h1>Marketlens</h1>
        <p class="tagline">Instant messaging and VoIP, 1997–2006: who led, who caught up, and what moved the market.</p>
      </div>
      <div class="header-bar">
        <nav class="main-nav" aria-label="Main">
          <Link href={ROUTES.overview}>Overview</Link>
          <Link href={ROUTES.marketShare}>Market share</Link>
          <Link href={ROUTES.effects}>Bundling effect</Link>
          <Link href={ROUTES.forecasts}>Forecasts</Link>
          <Link href={ROUTES.network}>Partnership network</Link>
          <Link href={ROUTES.datasets}>Datasets</Link>
        </nav>
        <div class="account">
          <ThemeToggle />
          {session ? (
            <>
              <span class="account-user">
                <span class="account-email">{session.user.email}</span> <span class="badge account-role">{session.user.role}</span>
              </span>
              <button type="button" class="button button-small button-secondary" onClick={() => void logOut()}>
                Log out
              </button>
              <button type="button" class="button button-small button-secondary" onClick={() => void logOut(true)} title="Ends your sessions on every device and browser">
                Log out everywhere
              </button>
            </>
          ) : pathname === ROUTES.login ? null : (
            <Link href={loginHref(pathname + search)}>Log in</Link>
          )}
        </div>
      </div>
    </header>
  );
}
