import { Badge, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant } from '../../i18n/format';
import type { AuditedEvent } from './audit-api';
import { auditPath } from './audit-links';

/**
 * One stored event: its type, who did it, and both times — when it happened in business terms
 * (occurredAt) and when the store recorded it (recordedAt); they differ for back-dated entries.
 * The data and envelope open on demand, as stored.
 */
export function EventItem({ event, showStream = false }: { event: AuditedEvent; showStream?: boolean }) {
  const { t } = useTranslation();
  const { actor, occurredAt, recordedAt } = event.metadata;
  const backDated = occurredAt && recordedAt && occurredAt.slice(0, 10) !== recordedAt.slice(0, 10);
  return (
    <Stack gap={4} data-testid="audit-event" data-type={event.type} data-revision={event.revision}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {event.type}
        </Text>
        <Badge variant="light" color="gray" size="sm">
          {t('audit.event.revision', { revision: event.revision })}
        </Badge>
        {backDated && (
          <Badge variant="light" color="orange" size="sm">
            {t('audit.event.backDated')}
          </Badge>
        )}
      </Group>
      {showStream && (
        <Text size="xs">
          <Link to={auditPath({ stream: event.stream })}>{event.stream}</Link>
        </Text>
      )}
      <Text size="sm" data-testid="audit-actor">
        {t('audit.event.actor')}: {actor ? `${actor.id} (${actor.role})` : '—'}
      </Text>
      <Text size="sm" data-testid="audit-occurred">
        {t('audit.event.occurredAt')}: {formatInstant(occurredAt, 'WIB')}
      </Text>
      <Text size="sm" c="dimmed" data-testid="audit-recorded">
        {t('audit.event.recordedAt')}: {formatInstant(recordedAt, 'WIB')} · {t('audit.event.position', { position: event.position })}
      </Text>
      <details>
        <summary style={{ cursor: 'pointer' }}>
          <Text span size="sm" c="indigo">
            {t('audit.event.showData')}
          </Text>
        </summary>
        <Code block mt={4} style={{ maxWidth: '100%', overflowX: 'auto' }}>
          {JSON.stringify({ data: event.data, metadata: event.metadata, id: event.id }, null, 2)}
        </Code>
      </details>
    </Stack>
  );
}
