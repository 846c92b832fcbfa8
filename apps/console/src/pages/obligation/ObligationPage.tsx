import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { homeOf } from '../../app/navigation';
import { useMe } from '../../auth/me';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../i18n/format';
import { RecordEscalationModal } from '../recommendation/actions/RecordEscalationModal';
import { Deliveries } from '../recommendation/Deliveries';
import { EvidenceButton } from '../recommendation/FollowUps';
import { Fact } from '../recommendation/RecommendationHeader';
import { SuccessNote } from '../recommendation/SuccessNote';
import { Timeline } from '../recommendation/Timeline';
import { dateOrder, stepEvents, type DeadlineSteps, type TimelineEvent } from '../recommendation/timelineEvents';
import { FulfilObligationModal } from './FulfilObligationModal';

type ObligationView = components['schemas']['ObligationView'];

const obligationKey = (id: string) => ['obligation', id] as const;

/** A PKS obligation's periodic report: the period, by when, the report delivered (or not), the deadline steps and who heard of them. */
export function ObligationPage() {
  const { id = '' } = useParams();
  const obligation = useQuery({ queryKey: obligationKey(id), queryFn: () => data(api.GET('/v1/obligations/{id}', { params: { path: { id } } })) });
  return <QueryState query={obligation}>{(o) => <ObligationRecord obligation={o} />}</QueryState>;
}

/** The view documents its deadline steps loosely (string[]); they are the same records as a recommendation's. */
function stepsOf(o: ObligationView): DeadlineSteps {
  return { reminders: o.reminders as unknown as DeadlineSteps['reminders'], overdueMarks: o.overdueMarks as unknown as DeadlineSteps['overdueMarks'], escalations: o.escalations as unknown as DeadlineSteps['escalations'] };
}

function ObligationRecord({ obligation: o }: { obligation: ObligationView }) {
  const { t } = useTranslation();
  const me = useMe();
  const queries = useQueryClient();
  const role = me.data?.role;
  const [open, setOpen] = useState<'fulfil' | 'escalation' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const zone = o.deadline.timeZone;
  // The rung reached for the deadline in force, as the API counts it for recommendations.
  const level = stepsOf(o)
    .escalations.filter((e) => e.deadlineVersion === undefined || e.deadlineVersion === o.deadline.version)
    .reduce((max, e) => Math.max(max, e.level), 0);
  const events = useMemo<TimelineEvent[]>(() => {
    const steps = stepsOf(o);
    const list: TimelineEvent[] = [
      { order: dateOrder(o.period.start, zone), when: formatDate(o.period.start), title: t('recommendation.obligation.periodStarted', { period: o.period.key }), tone: 'blue' },
      { order: dateOrder(o.period.end, zone), when: formatDate(o.period.end), title: t('recommendation.obligation.periodEnded'), tone: 'gray' },
      ...stepEvents(t, steps, zone),
    ];
    if (o.fulfilment) list.push({ order: dateOrder(o.fulfilment.fulfilledOn, zone), when: formatDate(o.fulfilment.fulfilledOn), title: t('recommendation.obligation.fulfilled'), tone: 'green' });
    if (o.cancellation) list.push({ order: dateOrder(o.cancellation.cancelledOn, zone), when: formatDate(o.cancellation.cancelledOn), title: t('recommendation.obligation.cancelled'), detail: o.cancellation.reason, tone: 'gray' });
    return list.sort((a, b) => a.order - b.order);
  }, [o, t, zone]);
  const done = (message: string) => async () => {
    await queries.invalidateQueries({ queryKey: obligationKey(o.id) });
    await queries.invalidateQueries({ queryKey: ['queue'] });
    setOpen(null);
    setNotice(message);
  };
  const entity = useQuery({
    queryKey: ['entity', o.entityCode],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code: o.entityCode } } })),
    staleTime: 5 * 60_000,
  });
  const mayFulfil = o.open && (role === 'liaison' || role === 'admin');
  const mayEscalate = o.open && (role === 'officer' || role === 'admin');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={role ? homeOf(role) : '/'} size="sm">
        ← {t('recommendation.back')}
      </Anchor>
      <Stack gap="sm">
        <Group gap="xs">
          <StatusBadge status={o.status} />
          <Badge variant="outline" color="gray">
            {t('common.kind.obligation')}
          </Badge>
        </Group>
        <Title order={2}>{o.text}</Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="dl" m={0}>
          <Fact label={t('common.provider')}>
            {entity.data?.name ?? o.entityCode} ({o.entityCode})
          </Fact>
          <Fact label={t('recommendation.obligation.units')}>{o.unitIds.join(', ') || '—'}</Fact>
          <Fact label={t('recommendation.obligation.period')}>
            {o.period.key} · {formatDate(o.period.start)} – {formatDate(o.period.end)}
          </Fact>
          <Fact label={t('common.dueOn')}>
            <strong>{formatDate(o.deadline.dueOn)}</strong> {zone}
          </Fact>
          <Fact label={t('recommendation.obligation.pks')}>{o.pksId}</Fact>
          <Fact label={t('recommendation.escalationLevel')}>{level > 0 ? t('common.rung', { level }) : t('followUp.notEscalated')}</Fact>
        </SimpleGrid>
      </Stack>
      <SuccessNote message={notice} onClose={() => setNotice(null)} />
      {(mayFulfil || mayEscalate) && (
        <Group gap="xs">
          {mayFulfil && (
            <Button size="xs" onClick={() => setOpen('fulfil')}>
              {t('recommendation.obligation.fulfil.open')}
            </Button>
          )}
          {mayEscalate && (
            <Button size="xs" variant="default" onClick={() => setOpen('escalation')}>
              {t('recommendation.escalation.open')}
            </Button>
          )}
        </Group>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <section aria-labelledby="report">
            <Title order={3} size="h4" id="report" mb="xs">
              {t('recommendation.obligation.report')}
            </Title>
            {o.fulfilment ? (
              <Stack gap="xs">
                <Text size="sm">{t('recommendation.obligation.deliveredOn', { date: formatDate(o.fulfilment.fulfilledOn) })}</Text>
                <Group gap="xs">
                  {o.fulfilment.evidence.map((document) => (
                    <EvidenceButton key={document.documentId} document={document} />
                  ))}
                </Group>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {o.cancellation ? t('recommendation.obligation.cancelledBecause', { reason: o.cancellation.reason }) : t('recommendation.obligation.notDelivered')}
              </Text>
            )}
          </section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md">
            <Timeline events={events} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Deliveries deliveries={o.deliveries} zone={zone} />
      <FulfilObligationModal obligation={o} opened={open === 'fulfil'} onClose={() => setOpen(null)} onDone={done(t('recommendation.obligation.fulfil.done'))} />
      <RecordEscalationModal subject="obligation" id={o.id} nextLevel={level + 1} opened={open === 'escalation'} onClose={() => setOpen(null)} onDone={done(t('recommendation.escalation.done'))} />
    </Stack>
  );
}
