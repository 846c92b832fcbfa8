import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../i18n/format';
import { fieldError } from '../../liaison/field-errors';
import { useRecommendationCommand, type RecommendationView } from './command';

/**
 * Asking for "tidak dapat ditindaklanjuti" with the reason (force majeure, a unit dissolved). If an
 * officer accepts, the recommendation is closed for good, so the request is confirmed first.
 */
export function NotActionableForm({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const request = useRecommendationCommand(() =>
    data(api.POST('/v1/recommendations/{id}/not-actionable', { params: { path: { id: recommendation.id } }, body: { reason: reason.trim() } })),
  );
  const pending = recommendation.notActionableRequests.find((r) => r.outcome === 'pending');
  const last = recommendation.notActionableRequests.at(-1);

  if (pending) {
    return (
      <Alert color="grape" title={t('liaison.notActionable.pendingTitle')} data-testid="not-actionable-pending">
        {t('liaison.notActionable.pending', { on: formatDate(pending.requestedOn), reason: pending.reason })}
      </Alert>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) setConfirming(true);
  };
  const confirm = () =>
    request.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setReason('');
      },
      onError: () => setConfirming(false),
    });
  return (
    <form onSubmit={onSubmit}>
      <Stack gap="sm">
        <Text size="sm">{t('liaison.notActionable.intro')}</Text>
        {last?.outcome === 'rejected' && (
          <Text size="sm" c="dimmed">
            {t('liaison.notActionable.lastRejected', { note: last.decision?.note ?? '' })}
          </Text>
        )}
        <Textarea
          label={t('liaison.notActionable.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(request.error, 'reason')}
          autosize
          minRows={2}
          required
        />
        {request.isError && <ProblemAlert error={request.error} />}
        <Button type="submit" variant="light" color="grape" style={{ alignSelf: 'start' }}>
          {t('liaison.notActionable.submit')}
        </Button>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('liaison.notActionable.confirmTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('liaison.notActionable.confirmText')}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="grape" loading={request.isPending} onClick={confirm}>
              {t('liaison.notActionable.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
