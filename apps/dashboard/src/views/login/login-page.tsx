import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import { setSession } from '../../auth/session-store';
import { navigate, useLocation } from '../../router/navigation';
import { safeNext } from '../../router/paths';
import { LoginMutation } from './operations';

/** Log in with email and password; afterwards, back to the page that sent the user here. */
export function LoginPage() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const next = safeNext(params.get('next'));
  const expired = params.get('reason') === 'expired';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Without the old token: whatever it says, a login must be judged on the email and password alone.
      const { login } = await request(LoginMutation, { email: email.trim(), password }, { anonymous: true });
      setSession({ token: login.token, user: login.user });
      navigate(next, { replace: true });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <section class="panel login-panel" aria-labelledby="login-title">
      <h2 id="login-title">Log in</h2>
      {expired && !error && (
        <p class="status status-error" role="alert">
          Your session has expired or is no longer valid; log in again.
        </p>
      )}
      <form class="login-form" onSubmit={submit} noValidate>
        <label class="field">
          <span>Email</span>
          <input type="email" name="email" autoComplete="username" required value={email} onInput={(event) => setEmail((event.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input type="password" name="password" autoComplete="current-password" required value={password} onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)} />
        </label>
        {error && (
          <p class="status status-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button" disabled={busy || email.trim() === '' || password === ''}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p class="hint demo-hint">
        On a development install: viewer@marketlens.local, researcher@marketlens.local or admin@marketlens.local, password <code>marketlens-demo</code>.
      </p>
    </section>
  );
}
