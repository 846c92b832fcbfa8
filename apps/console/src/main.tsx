import '@mantine/core/styles.css';
import '@mantine/dropzone/styles.css';
import './console.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { ApiProblem } from './api/problem';
import { startI18n } from './i18n';
import { session } from './auth/session';
import { routes } from './app/routes';

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'sm', fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif' });

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network fault might.
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Another user may sign in in this tab: nothing read for the previous one is shown to them.
session.subscribe(() => queries.clear());

void startI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queries}>
          <RouterProvider router={createBrowserRouter(routes)} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
