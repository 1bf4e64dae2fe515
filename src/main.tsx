import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { PersistenceProvider } from './app/persistence';
import { StoreProvider } from './store/context';

const { store, persistence } = boot();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <PersistenceProvider value={persistence}>
        <App />
      </PersistenceProvider>
    </StoreProvider>
  </StrictMode>,
);
