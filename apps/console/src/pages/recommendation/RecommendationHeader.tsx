import type { ReactNode } from 'react';
import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../i18n/format';
import type { RecommendationView } from './recommendation';

/** A labelled fact in the header; a term/definition pair so screen readers read them together. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Who must act, on what, by when: the first thing an officer reads on the record. */
export function RecommendationHeader({ recommendation: r }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const entity = useQuery({
    queryKey: ['entity', r.entityCode],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code: r.entityCode } } })),
    staleTime: 5 * 60_000,
  });
  const unitName = entity.data?.units.find((unit) => unit.unitId === r.unitId)?.name ?? r.unitId;
  const overdueNow = r.open && r.overdueVersion === r.deadline.version;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <StatusBadge status={r.status} />
        <Badge variant="outline" color="gray">
          {t(`common.kind.${r.kind}`)}
        </Badge>
        {overdueNow && (
          <Badge color="red" data-testid="overdue-badge">
            {t('common.late')}
          </Badge>
        )}
        {!r.open && <Badge color="dark">{t('recommendation.closed')}</Badge>}
      </Group>
      <Title order={2}>{r.title}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="dl" m={0}>
        <Fact label={t('common.provider')}>
          {entity.data?.name ?? r.entityCode} ({r.entityCode})
        </Fact>
        <Fact label={t('common.unit')}>{unitName ?? t('recommendation.wholeProvider')}</Fact>
        <Fact label={t('recommendation.source')}>
          {t(`recommendation.sourceType.${r.source.type}`)} · {r.source.ref}
        </Fact>
        <Fact label={t('recommendation.issuedOn')}>{formatDate(r.issuedOn)}</Fact>
        <Fact label={t('common.dueOn')}>
          <strong data-testid="due-on">{formatDate(r.deadline.dueOn)}</strong> {r.deadline.timeZone}
          {r.deadline.version > 1 ? ` · ${t('recommendation.deadlineVersion', { version: r.deadline.version })}` : ''}
        </Fact>
        <Fact label={t('recommendation.setBy')}>{t(`recommendation.setByKind.${r.deadline.setBy}`)}</Fact>
        <Fact label={t('recommendation.escalationLevel')}>{r.escalationLevel > 0 ? t('common.rung', { level: r.escalationLevel }) : t('followUp.notEscalated')}</Fact>
        {r.closure && (
          <Fact label={t('recommendation.closure')}>
            {formatDate(r.closure.closedOn)} · {r.closure.reason}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}
