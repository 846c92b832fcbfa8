import type { Role } from '../auth/me';

/** What each role finds in the menu; the API still decides what each may read or do. */
export interface NavEntry {
  to: string;
  label: 'home' | 'overdue' | 'dueSoon' | 'awaiting' | 'owed' | 'providers' | 'dashboard' | 'inbox' | 'audit' | 'imports' | 'contacts' | 'admin';
  roles: readonly Role[];
}

const ALL: readonly Role[] = ['officer', 'liaison', 'auditor', 'admin'];

export const NAVIGATION: readonly NavEntry[] = [
  { to: '/terlambat', label: 'overdue', roles: ['officer', 'admin', 'auditor'] },
  { to: '/jatuh-tempo', label: 'dueSoon', roles: ['officer', 'admin', 'auditor'] },
  { to: '/menunggu-verifikasi', label: 'awaiting', roles: ['officer', 'admin'] },
  { to: '/tagihan', label: 'owed', roles: ['liaison'] },
  { to: '/kontak', label: 'contacts', roles: ['liaison'] },
  { to: '/penyelenggara', label: 'providers', roles: ALL },
  // The API gives liaisons no compliance summaries: their own list (tagihan) is their dashboard.
  { to: '/dasbor', label: 'dashboard', roles: ['officer', 'admin', 'auditor'] },
  { to: '/notifikasi', label: 'inbox', roles: ALL },
  { to: '/audit', label: 'audit', roles: ['auditor', 'admin'] },
  { to: '/impor', label: 'imports', roles: ['officer', 'admin'] },
  { to: '/admin', label: 'admin', roles: ['admin'] },
];

/** Where a role lands after sign-in: the page they open every morning. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'officer':
      return '/terlambat';
    case 'liaison':
      return '/tagihan';
    case 'auditor':
      return '/audit';
    case 'admin':
      return '/admin';
  }
}
