import { MarketShareView } from './views/market-share/market-share-view';

/** The shell: a header and the one view the walking skeleton has. */
export function App() {
  return (
    <div class="shell">
      <header class="shell-header">
        <h1>Marketlens</h1>
        <p class="tagline">Instant messaging and VoIP, 1997–2006: who led, who caught up, and what moved the market.</p>
      </header>
      <main>
        <MarketShareView />
      </main>
      <footer class="shell-footer">Every number links to its source. Rival panels are never mixed.</footer>
    </div>
  );
}
