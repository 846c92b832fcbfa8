import { useSyncExternalStore } from 'react';

/**
 * The bearer token lives in this tab's sessionStorage (never in a URL, never in localStorage):
 * closing the tab signs out, and another site cannot read it.
 */
const KEY = 'console.token';
const listeners = new Set<() => void>();
let expiredFlag = false;

function notify(): void {
  for (const listener of listeners) listener();
}

export const session = {
  token(): string | null {
    return sessionStorage.getItem(KEY);
  },
  signIn(token: string): void {
    sessionStorage.setItem(KEY, token.trim());
    expiredFlag = false;
    notify();
  },
  signOut(): void {
    sessionStorage.removeItem(KEY);
    // The queue dashboard's copy of the token (pages/admin/QueueDashboardTab.tsx) goes with it.
    document.cookie = 'ofu_queues_token=; Path=/admin/queues; Max-Age=0; SameSite=Strict';
    notify();
  },
  /** The API answered 401: the token ran out or was revoked; the sign-in page says so. */
  expired(): void {
    if (!sessionStorage.getItem(KEY)) return;
    sessionStorage.removeItem(KEY);
    expiredFlag = true;
    notify();
  },
  wasExpired(): boolean {
    return expiredFlag;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token);
}
