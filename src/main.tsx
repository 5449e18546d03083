/** The browser entry: wires the engine worker to the store and renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store';
import { App } from './ui/App';
import { StoreProvider } from './ui/store-context';
import { EngineClient } from './worker/engine-client';
import './ui/app.css';

const store = createAppStore(new EngineClient());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
void store.getState().run();
