import { Navigate, type RouteObject } from 'react-router';
import { OidcCallbackPage } from '../auth/OidcCallbackPage';
import { useMe } from '../auth/me';
import { SignedIn } from './SignedIn';
import { homeOf } from './navigation';
import { RouteError } from './RouteError';

function Home() {
  const me = useMe();
  return me.data ? <Navigate to={homeOf(me.data.role)} replace /> : null;
}

/**
 * Every console page, by its Indonesian path. Pages load on demand (`lazy`), so the first load
 * carries only the frame and the page asked for.
 */
export const routes: RouteObject[] = [
  { path: '/masuk/callback', element: <OidcCallbackPage /> },
  {
    path: '/',
    element: <SignedIn />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      { path: 'terlambat', lazy: async () => ({ Component: (await import('../pages/follow-up/OverduePage')).OverduePage }) },
      { path: 'jatuh-tempo', lazy: async () => ({ Component: (await import('../pages/follow-up/DueSoonPage')).DueSoonPage }) },
      { path: 'menunggu-verifikasi', lazy: async () => ({ Component: (await import('../pages/follow-up/AwaitingVerificationPage')).AwaitingVerificationPage }) },
      { path: 'rekomendasi/baru', lazy: async () => ({ Component: (await import('../pages/recommendation/IssueRecommendationPage')).IssueRecommendationPage }) },
      { path: 'rekomendasi/:id', lazy: async () => ({ Component: (await import('../pages/recommendation/RecommendationPage')).RecommendationPage }) },
      { path: 'kewajiban/:id', lazy: async () => ({ Component: (await import('../pages/obligation/ObligationPage')).ObligationPage }) },
      { path: 'tagihan', lazy: async () => ({ Component: (await import('../pages/liaison/OwedPage')).OwedPage }) },
      { path: 'kontak', lazy: async () => ({ Component: (await import('../pages/contacts/ContactsPage')).ContactsPage }) },
      { path: 'penyelenggara', lazy: async () => ({ Component: (await import('../pages/providers/ProviderSearchPage')).ProviderSearchPage }) },
      { path: 'penyelenggara/:code', lazy: async () => ({ Component: (await import('../pages/providers/ProviderPage')).ProviderPage }) },
      { path: 'penyelenggara/:code/kontak', lazy: async () => ({ Component: (await import('../pages/contacts/ContactsPage')).ContactsPage }) },
      { path: 'penilaian/baru', lazy: async () => ({ Component: (await import('../pages/assessments/AssessmentFormPage')).AssessmentFormPage }) },
      { path: 'penilaian/:id', lazy: async () => ({ Component: (await import('../pages/assessments/AssessmentPage')).AssessmentPage }) },
      { path: 'dasbor', lazy: async () => ({ Component: (await import('../pages/dashboard/DashboardPage')).DashboardPage }) },
      { path: 'notifikasi', lazy: async () => ({ Component: (await import('../pages/inbox/InboxPage')).InboxPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('../pages/audit/AuditPage')).AuditPage }) },
      { path: 'impor', lazy: async () => ({ Component: (await import('../pages/imports/ImportsPage')).ImportsPage }) },
      { path: 'admin', lazy: async () => ({ Component: (await import('../pages/admin/AdminPage')).AdminPage }) },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
