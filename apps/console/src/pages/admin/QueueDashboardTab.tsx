import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { session } from '../../auth/session';

/** Where the API mounts Bull Board (libs/follow-up/src/processing/http/queue-dashboard.ts, QUEUE_DASHBOARD_PATH). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** The cookie the board reads an admin token from (same file, COOKIE). */
const COOKIE = 'ofu_queues_token';

/**
 * A link cannot carry a bearer header, and a token in an address ends up in history and logs. The
 * board also reads its own cookie, so the console hands the session's token over in a cookie
 * limited to the board's path and to same-site requests, then opens the board in a new tab.
 * The token is already readable by the console (sessionStorage), so this exposes nothing new.
 */
export function openQueueDashboard(): void {
  const token = session.token();
  if (!token) return;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_DASHBOARD_PATH}; SameSite=Strict${secure}`;
  window.open(QUEUE_DASHBOARD_PATH, '_blank', 'noopener');
}

export function QueueDashboardTab() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="start">
      <Text size="sm">{t('admin.queues.intro')}</Text>
      <Button onClick={openQueueDashboard}>{t('admin.queues.open')}</Button>
      <Text size="xs" c="dimmed">
        {t('admin.queues.how', { path: QUEUE_DASHBOARD_PATH })}
      </Text>
    </Stack>
  );
}
