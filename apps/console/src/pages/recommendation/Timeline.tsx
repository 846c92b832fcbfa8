import { Text, Timeline as MantineTimeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from './timelineEvents';

/** The record's history as a list in order, each with its date: what happened, then why. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline">
      <Title order={3} size="h4" id="timeline" mb="xs">
        {t('recommendation.timeline.title')}
      </Title>
      <MantineTimeline bulletSize={14} lineWidth={2} active={events.length - 1} component="ol" data-testid="timeline">
        {events.map((event, index) => (
          <MantineTimeline.Item key={index} component="li" style={{ listStyle: 'none' }} color={event.tone} title={<Text size="sm" fw={500}>{event.title}</Text>}>
            <Text size="xs" c="dimmed">
              {event.when}
            </Text>
            {event.detail && (
              <Text size="sm" lineClamp={3}>
                {event.detail}
              </Text>
            )}
          </MantineTimeline.Item>
        ))}
      </MantineTimeline>
    </section>
  );
}
