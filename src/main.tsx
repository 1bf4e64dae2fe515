import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/menus.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { BrokenFlowPage } from './app/BrokenFlowPage';
import { ErrorBoundary } from './app/ErrorBoundary';
import { PersistenceProvider, type Persistence } from './app/persistence';
import type { AppStore } from './store/createAppStore';
import { StoreProvider } from './store/context';
import { StudioApi } from './team/api';
import { whereToStart } from './team/whereToStart';

const root = createRoot(document.getElementById('root')!);
const render = (page: ReactNode) => root.render(<StrictMode>{page}</StrictMode>);

function designer({ store, persistence }: { store: AppStore; persistence: Persistence }) {
  return (
    <StoreProvider store={store}>
      <PersistenceProvider value={persistence}>
        {/* A failure anywhere in the designer shows a way out, never a blank page; what is on
            screen then is not saved over the stored flows. */}
        <ErrorBoundary
          onError={() => persistence.autosave.suspend()}
          fallback={(retry, error) => <BrokenFlowPage error={error} onRetry={retry} />}
        >
          <App />
        </ErrorBoundary>
      </PersistenceProvider>
    </StoreProvider>
  );
}

// Served as a static page, the designer keeps flows in this browser; served by an RCML Studio
// server, it asks the server who is signed in, and the team's library is the server's. What only
// the server needs loads only then: the first load of the static designer stays small.
const api = new StudioApi();
const start = await whereToStart(api, location);
if (start.kind === 'browser') {
  render(designer(boot()));
} else if (start.kind === 'team') {
  const { bootTeam } = await import('./app/team/teamBoot');
  render(designer(await bootTeam(api, start.user)));
} else {
  const { InvitePage, SetupPage, SignInPage } = await import('./app/team/AccountPages');
  if (start.kind === 'setup') render(<SetupPage api={api} code={start.code} />);
  else if (start.kind === 'invite') render(<InvitePage api={api} code={start.code} />);
  else render(<SignInPage api={api} setupNeeded={start.setupNeeded} />);
}
