/** The browser entry (index.html loads it): the store with its worker, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserStore, startApp } from '../state/boot';
import { App } from './App';
import { StoreProvider } from './store-context';
import './app.css';

const store = createBrowserStore();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
void startApp(store);
