import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { ProblemTable } from './ImportReportView';
import { importStatus } from './imports-api';

const COLOURS = { writing: 'blue', done: 'green', failed: 'red', interrupted: 'orange' } as const;

/** Follows a committed import until it is written (or stops), once a second. */
export function ImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const status = useQuery({
    queryKey: ['imports', 'status', importId],
    queryFn: () => importStatus(importId),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'writing' ? false : 1_000),
  });
  return (
    <QueryState query={status}>
      {(job) => {
        const percent = job.rowsTotal === 0 ? 100 : Math.round((job.rowsDone / job.rowsTotal) * 100);
        return (
          <Stack gap="xs" data-testid="import-progress" data-status={job.status}>
            <Group gap="xs">
              <Badge color={COLOURS[job.status]}>{t(`imports.job.status.${job.status}`)}</Badge>
              <Text size="sm">{t('imports.job.rows', { done: job.rowsDone, total: job.rowsTotal })}</Text>
            </Group>
            <Progress value={percent} aria-label={t('imports.job.progress', { percent })} animated={job.status === 'writing'} />
            {job.status === 'done' && (
              <Alert color="green" data-testid="import-done">
                {t('imports.job.done', { written: job.written, replayed: job.replayed })}
              </Alert>
            )}
            {(job.status === 'failed' || job.status === 'interrupted') && <Alert color="red">{t(`imports.job.${job.status}`)}</Alert>}
            {job.errors.length > 0 && <ProblemTable problems={job.errors} />}
          </Stack>
        );
      }}
    </QueryState>
  );
}
