import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/** An error that says what happened and what to do: the API's own words (in the console's language) and each bad field. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  const advice = !problem
    ? t('common.error.network')
    : problem.status === 403
      ? t('common.error.forbidden')
      : problem.status === 404
        ? t('common.error.notFound')
        : problem.status === 401
          ? t('common.error.expired')
          : undefined;
  return (
    <Alert color="red" title={problem?.title ?? t('common.error.title')} role="alert" data-testid="problem">
      <Stack gap="xs">
        {problem?.detail && <Text size="sm">{problem.detail}</Text>}
        {problem?.errors && problem.errors.length > 0 && (
          <List size="sm">
            {problem.errors.map((e, i) => (
              <List.Item key={i}>{t('common.error.field', { field: e.field, message: e.message })}</List.Item>
            ))}
          </List>
        )}
        {advice && <Text size="sm">{advice}</Text>}
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry} style={{ alignSelf: 'start' }}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
