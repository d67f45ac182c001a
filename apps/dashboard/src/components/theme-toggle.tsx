import { useEffect, useState } from 'preact/hooks';

type Theme = 'light' | 'dark';
const KEY = 'marketlens:theme';

const systemTheme = (): Theme => (typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
const storedTheme = (): Theme | null => {
  const value = window.localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : null;
};

/**
 * Light or dark: the system's preference (`prefers-color-scheme`) until the reader chooses; the choice is
 * kept in this browser and set as `data-theme` on <html>, which styles.css reads.
 */
export function ThemeToggle() {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const theme = chosen ?? systemTheme();
  useEffect(() => {
    if (chosen) document.documentElement.dataset['theme'] = chosen;
    else delete document.documentElement.dataset['theme'];
  }, [chosen]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      class="button button-small button-secondary theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        window.localStorage.setItem(KEY, next);
        setChosen(next);
      }}
    >
      Dark theme
    </button>
  );
}
