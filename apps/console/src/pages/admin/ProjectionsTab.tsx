import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatInstant, formatNumber } from '../../i18n/format';
import { Done } from './Done';
import { listProjections, projectionsKey, rebuildProjection, type ProjectionReport } from './projections-api';

/** Each read model's lag behind the log, and a rebuild that swaps a fresh generation in while queries keep answering. */
export function ProjectionsTab() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [asked, setAsked] = useState<string | null>(null);
  const [started, setStarted] = useState<{ name: string; generation: string } | null>(null);
  const list = useQuery({
    queryKey: projectionsKey,
    queryFn: listProjections,
    // While a rebuild runs, follow it until its generation is the active one.
    refetchInterval: (query) => (started && !query.state.data?.some((p) => p.name === started.name && p.generation === started.generation) ? 1_000 : false),
  });
  const rebuild = useMutation({
    mutationFn: rebuildProjection,
    onSuccess: (accepted) => {
      setStarted({ name: accepted.name, generation: accepted.generation });
      setAsked(null);
      void queries.invalidateQueries({ queryKey: projectionsKey });
    },
  });
  const finished = started && list.data?.some((p) => p.name === started.name && p.generation === started.generation);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('admin.projections.intro')}
      </Text>
      {started && <Done message={finished ? t('admin.projections.finished', started) : t('admin.projections.started', started)} testId="rebuild-status" />}
      <QueryState query={list}>
        {(projections) => (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="xs" data-testid="projections">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.projections.name')}</Table.Th>
                  <Table.Th>{t('admin.projections.generation')}</Table.Th>
                  <Table.Th>{t('admin.projections.checkpoint')}</Table.Th>
                  <Table.Th>{t('admin.projections.behind')}</Table.Th>
                  <Table.Th>{t('admin.projections.runner')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {projections.map((projection) => (
                  <ProjectionRow key={projection.name} projection={projection} onRebuild={() => setAsked(projection.name)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal opened={asked !== null} onClose={() => setAsked(null)} title={t('admin.projections.confirmTitle', { name: asked })}>
        <Stack gap="sm">
          <Text size="sm">{t('admin.projections.confirm', { name: asked })}</Text>
          {rebuild.isError && <ProblemAlert error={rebuild.error} />}
          <Group justify="end">
            <Button variant="default" onClick={() => setAsked(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="orange" loading={rebuild.isPending} onClick={() => asked && rebuild.mutate(asked)}>
              {t('admin.projections.rebuild')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ProjectionRow({ projection, onRebuild }: { projection: ProjectionReport; onRebuild: () => void }) {
  const { t } = useTranslation();
  const fault = projection.fault ?? projection.runner?.fault ?? null;
  const behind = projection.eventsBehindCapped ? `${formatNumber(projection.eventsBehind)}+` : formatNumber(projection.eventsBehind);
  return (
    <Table.Tr data-projection={projection.name} data-generation={projection.generation ?? ''}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {projection.name}
        </Text>
        <Text size="xs" c="dimmed">
          v{projection.version}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          {projection.generation ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {projection.checkpoint} / {projection.headPosition}
        </Text>
        <Text size="xs" c="dimmed">
          {formatInstant(projection.checkpointAt, 'WIB')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={projection.eventsBehind > 0 ? 'orange' : undefined}>
          {t('admin.projections.lag', { events: behind, seconds: formatNumber(projection.secondsBehind) })}
        </Text>
      </Table.Td>
      <Table.Td>
        {projection.runner ? <Badge color={projection.runner.state === 'failed' ? 'red' : projection.runner.state === 'following' ? 'green' : 'blue'}>{projection.runner.state}</Badge> : <Text size="xs">{t('admin.projections.noRunner')}</Text>}
        {fault && (
          <Text size="xs" c="red" mt={4}>
            {t('admin.projections.fault', { error: fault.error, stream: fault.stream ?? '—', position: fault.position ?? '—' })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="light" color="orange" onClick={onRebuild} aria-label={t('admin.projections.rebuildOne', { name: projection.name })}>
          {t('admin.projections.rebuild')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
