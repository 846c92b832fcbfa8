import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../api/schema';
import { formatInstant } from '../../i18n/format';

export type InboxNotification = components['schemas']['InboxNotificationDto'];

/** The console page of the record a notification is about (the API's link points at its own host, not at the console's routes). */
export function recordPath(subjectStream: string): string | null {
  const dash = subjectStream.indexOf('-');
  const category = subjectStream.slice(0, dash);
  const id = encodeURIComponent(subjectStream.slice(dash + 1));
  if (category === 'recommendation') return `/rekomendasi/${id}`;
  if (category === 'obligation') return `/kewajiban/${id}`;
  return null;
}

export function NotificationCard({ item, onRead, marking }: { item: InboxNotification; onRead: () => void; marking: boolean }) {
  const { t } = useTranslation();
  const path = recordPath(item.subjectStream);
  return (
    <Card withBorder padding="sm" data-testid="notification" data-read={String(item.read)} bg={item.read ? undefined : 'var(--mantine-color-indigo-0)'}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {!item.read && (
              <Badge color="red" size="xs" variant="filled">
                {t('inbox.new')}
              </Badge>
            )}
            <Text fw={item.read ? 400 : 600} size="sm">
              {item.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {formatInstant(item.at, 'WIB')}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
          {item.text}
        </Text>
        <Group gap="sm">
          {path && (
            <Anchor component={Link} to={path} size="sm">
              {t('inbox.openRecord')}
            </Anchor>
          )}
          {!item.read && (
            <Button size="compact-sm" variant="subtle" onClick={onRead} loading={marking} aria-label={t('inbox.markReadOne', { title: item.title })}>
              {t('inbox.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
