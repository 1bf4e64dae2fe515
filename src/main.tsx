import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/menus.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { BrokenFlowPage } from './app/BrokenFlowPage';
import { ErrorBoundary } from './app/ErrorBoundary';
import { PersistenceProvider } from './app/persistence';
import { StoreProvider } from './store/context';

const { store, persistence } = boot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
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
  </StrictMode>,
);
