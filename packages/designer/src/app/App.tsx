import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from './AppProviders.js';
import { createAppRouter } from './routes.js';

/** Renders the whole web app: providers around the router, which shares their query client. */
export function App() {
  const [client] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(client));
  return <AppProviders client={client}><RouterProvider router={router} /></AppProviders>;
}
