import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../i18n/format';
import { fieldError } from '../../liaison/field-errors';
import { dayAfter, useRecommendationCommand, type RecommendationView } from './command';

/** Asking for more time: a later last day and why. While one request awaits the officer, it is shown instead of the form. */
export function ExtensionForm({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const [proposedDueOn, setProposedDueOn] = useState('');
  const [reason, setReason] = useState('');
  const request = useRecommendationCommand(() =>
    data(api.POST('/v1/recommendations/{id}/extensions', { params: { path: { id: recommendation.id } }, body: { proposedDueOn, reason: reason.trim() } })),
  );
  const pending = recommendation.extensionRequests.find((r) => r.outcome === 'pending');
  const last = recommendation.extensionRequests.at(-1);

  if (pending) {
    return (
      <Alert color="grape" title={t('liaison.extension.pendingTitle')} data-testid="extension-pending">
        {t('liaison.extension.pending', { date: formatDate(pending.proposedDueOn), on: formatDate(pending.requestedOn), reason: pending.reason })}
      </Alert>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(undefined, {
      onSuccess: () => {
        setProposedDueOn('');
        setReason('');
      },
    });
  };
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        {last?.outcome === 'refused' && (
          <Text size="sm" c="dimmed">
            {t('liaison.extension.lastRefused', { date: formatDate(last.proposedDueOn), note: last.decision?.note ?? '' })}
          </Text>
        )}
        <Text size="sm">{t('liaison.extension.current', { date: formatDate(recommendation.deadline.dueOn) })}</Text>
        <TextInput
          type="date"
          label={t('liaison.extension.proposedDueOn')}
          value={proposedDueOn}
          onChange={(e) => setProposedDueOn(e.currentTarget.value)}
          min={dayAfter(recommendation.deadline.dueOn)}
          error={fieldError(request.error, 'proposedDueOn')}
          required
          maw={240}
        />
        <Textarea
          label={t('liaison.extension.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(request.error, 'reason')}
          autosize
          minRows={2}
          required
        />
        {request.isError && <ProblemAlert error={request.error} />}
        <Button type="submit" variant="light" loading={request.isPending} style={{ alignSelf: 'start' }}>
          {t('liaison.extension.submit')}
        </Button>
      </Stack>
    </form>
  );
}
