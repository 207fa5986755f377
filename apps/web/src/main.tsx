import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { preloadPage } from './app/router';
import { initI18n } from './lib/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The page's chunks start loading now, beside the translations' set-up (English is fetched first
// when it was chosen on an earlier visit), not after it. index.html preloads /lapor's already.
preloadPage(window.location.pathname);

// The catalogue must be ready before the first render, or the first paint shows keys.
await initI18n();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
