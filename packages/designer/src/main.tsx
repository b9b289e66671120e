import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { reloadOnStaleBuild } from './app/stale-build.js';
import { registerServiceWorker } from './pwa/index.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
reloadOnStaleBuild();
createRoot(root).render(<StrictMode><App /></StrictMode>);
registerServiceWorker();
