import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/menus.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { ErrorBoundary } from './app/ErrorBoundary';
import { PersistenceProvider, type Persistence } from './app/persistence';
import type { AppStore } from './store/createAppStore';
import { StoreProvider } from './store/context';
import { whenIdle } from './store/whenIdle';
import { callApi } from './team/apiCall';
import { whereToStart, type SessionSource } from './team/whereToStart';

const root = createRoot(document.getElementById('root')!);

/**
 * The page shown when the designer fails: not part of the first screen, so it loads once the
 * page is idle after its first paint (and is then at hand, even if the network is gone).
 */
const loadBrokenFlowPage = () => import('./app/BrokenFlowPage');
const BrokenFlowPage = lazy(() =>
  loadBrokenFlowPage().then((m) => ({ default: m.BrokenFlowPage })),
);
const PREFETCH_TIMEOUT_MS = 5_000;
const render = (page: ReactNode) => root.render(<StrictMode>{page}</StrictMode>);

function designer({ store, persistence }: { store: AppStore; persistence: Persistence }) {
  return (
    <StoreProvider store={store}>
      <PersistenceProvider value={persistence}>
        {/* A failure anywhere in the designer shows a way out, never a blank page; what is on
            screen then is not saved over the stored flows. */}
        <ErrorBoundary
          onError={() => persistence.autosave.suspend()}
          fallback={(retry, error) => (
            <Suspense fallback={<p role="status">RCML Studio could not show this flow…</p>}>
              <BrokenFlowPage error={error} onRetry={retry} />
            </Suspense>
          )}
        >
          <App />
        </ErrorBoundary>
      </PersistenceProvider>
    </StoreProvider>
  );
}

// Served as a static page, the designer keeps flows in this browser; served by an RCML Studio
// server, it asks the server who is signed in, and the team's library is the server's. What only
// the server needs loads only then (its client too): the first load of the static designer
// stays small.
const session: SessionSource = {
  session: () => callApi((input, init) => fetch(input, init), '/api/session', 'GET'),
};
const start = await whereToStart(session, location);
if (start.kind === 'browser') {
  render(designer(boot()));
  whenIdle(() => void loadBrokenFlowPage().catch(() => undefined), PREFETCH_TIMEOUT_MS);
} else if (start.kind === 'team') {
  const [{ bootTeam }, { StudioApi }] = await Promise.all([
    import('./app/team/teamBoot'),
    import('./team/api'),
  ]);
  render(designer(await bootTeam(new StudioApi(), start.user)));
  whenIdle(() => void loadBrokenFlowPage().catch(() => undefined), PREFETCH_TIMEOUT_MS);
} else {
  const [{ InvitePage, SetupPage, SignInPage }, { StudioApi }] = await Promise.all([
    import('./app/team/AccountPages'),
    import('./team/api'),
  ]);
  const api = new StudioApi();
  if (start.kind === 'setup') render(<SetupPage api={api} code={start.code} />);
  else if (start.kind === 'invite') render(<InvitePage api={api} code={start.code} />);
  else render(<SignInPage api={api} setupNeeded={start.setupNeeded} />);
}
