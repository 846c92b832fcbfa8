import { useState } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../../api/client';
import { useMe } from '../../auth/me';
import { QueryState } from '../../components/QueryState';
import { ZoneBadge } from '../../components/StatusBadge';
import { formatDate, formatNumber } from '../../i18n/format';
import { type Assessment } from './assessment-form';
import { CorrectAssessmentModal } from './CorrectAssessmentModal';
import { ScoreHistory } from './ScoreHistory';

/** One assessment: its grade as derived, its loci, every score it has had, and "Koreksi" for officers. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const me = useMe();
  const queries = useQueryClient();
  const [correcting, setCorrecting] = useState(false);
  const [saved, setSaved] = useState(false);
  const assessment = useQuery({
    queryKey: ['assessment', id],
    queryFn: () => data(api.GET('/v1/assessments/{id}', { params: { path: { id } } })),
  });
  const mayCorrect = me.data?.role === 'officer' || me.data?.role === 'admin';
  const afterCorrection = async () => {
    setCorrecting(false);
    setSaved(true);
    await queries.invalidateQueries({ queryKey: ['assessment', id] });
    await queries.invalidateQueries({ queryKey: ['compliance'] });
  };

  return (
    <QueryState query={assessment}>
      {(a) => (
        <Stack gap="md">
          <Anchor component={Link} to={`/penyelenggara/${encodeURIComponent(a.entityCode)}`} size="sm">
            ← <ProviderName code={a.entityCode} />
          </Anchor>
          <Group justify="space-between" align="start" wrap="wrap">
            <Title order={2}>{t('assessments.view.title', { year: a.year })}</Title>
            {mayCorrect && (
              <Button
                onClick={() => {
                  setSaved(false);
                  setCorrecting(true);
                }}
              >
                {t('assessments.view.correct')}
              </Button>
            )}
          </Group>
          {saved && <Saved assessment={a} onClose={() => setSaved(false)} />}
          <Facts assessment={a} />
          <ScoreHistory history={a.history} />
          <Loci assessment={a} />
          <CorrectAssessmentModal assessment={a} opened={correcting} onClose={() => setCorrecting(false)} onSaved={() => void afterCorrection()} />
        </Stack>
      )}
    </QueryState>
  );
}

/** The provider as registered (its units too); the page still reads without it. */
function useProvider(code: string) {
  return useQuery({
    queryKey: ['entity', code],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code } } })),
    staleTime: 5 * 60_000,
  });
}

function ProviderName({ code }: { code: string }) {
  const provider = useProvider(code);
  return <>{provider.data ? `${provider.data.name} (${code})` : code}</>;
}

function Saved({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const grade = `${assessment.category ? `${assessment.category} · ` : ''}${t(`common.zone.${assessment.zone}`)}`;
  return (
    <Paper withBorder p="sm" bg="green.0" role="status" aria-live="polite" data-testid="success">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('assessments.correct.saved', { score: formatNumber(assessment.score, 2), grade })}</Text>
        <Button variant="subtle" size="xs" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Paper>
  );
}

function Facts({ assessment: a }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const fact = (label: string, value: React.ReactNode) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{value}</div>
    </Stack>
  );
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        {fact(
          t('assessments.view.provider'),
          <Anchor component={Link} to={`/penyelenggara/${encodeURIComponent(a.entityCode)}`}>
            <ProviderName code={a.entityCode} />
          </Anchor>,
        )}
        {fact(
          t('assessments.view.score'),
          <Text fw={700} size="xl" data-testid="score">
            {formatNumber(a.score, 2)}
          </Text>,
        )}
        {fact(t('assessments.view.grade'), <ZoneBadge zone={a.zone} category={a.category ?? undefined} />)}
        {fact(t('assessments.view.opinion'), <Text size="sm">{a.opinion ?? '—'}</Text>)}
        {fact(t('assessments.view.publishedOn'), <Text size="sm">{formatDate(a.publishedOn)}</Text>)}
        {fact(t('assessments.view.correctedOn'), <Text size="sm">{formatDate(a.correctedOn)}</Text>)}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="sm">
        {t('assessments.view.methodology')}: {a.methodologyId} v{a.methodologyVersion}
        {a.provisional ? ` · ${t('assessments.view.provisional')}` : ''}
      </Text>
    </Paper>
  );
}

function Loci({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const provider = useProvider(assessment.entityCode);
  const unitName = (unitId: string) => provider.data?.units.find((u) => u.unitId === unitId)?.name ?? unitId;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="loci-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="loci-title">
          {t('assessments.view.loci')}
        </Title>
        {assessment.loci.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('assessments.view.noLoci')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessments.view.unit')}</Table.Th>
                  <Table.Th ta="right">{t('assessments.view.score')}</Table.Th>
                  <Table.Th>{t('assessments.view.grade')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessment.loci.map((l) => (
                  <Table.Tr key={l.unitId}>
                    <Table.Td>{unitName(l.unitId)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(l.score, 2)}</Table.Td>
                    <Table.Td>
                      <ZoneBadge zone={l.zone} category={l.category ?? undefined} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
