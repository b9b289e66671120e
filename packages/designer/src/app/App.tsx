import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders.js';
import { createAppRouter } from './routes.js';

/** Renders the whole web app: providers around the router. */
export function App() {
  const [router] = useState(createAppRouter);
  return <AppProviders><RouterProvider router={router} /></AppProviders>;
}
