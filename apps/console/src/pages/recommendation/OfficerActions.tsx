import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { ExtensionDecisionModal } from './actions/ExtensionDecisionModal';
import { NotActionableDecisionModal } from './actions/NotActionableDecisionModal';
import { RecordEscalationModal } from './actions/RecordEscalationModal';
import { RecordLetterFollowUpModal } from './actions/RecordLetterFollowUpModal';
import type { RecommendationView } from './recommendation';

type Open = 'letter' | 'escalation' | 'extension' | 'notActionable' | null;

/**
 * What an officer may do on a recommendation: decide what the liaison asked (perpanjangan, tidak dapat
 * ditindaklanjuti), record a follow-up received by letter, record an escalation done outside the system.
 */
export function OfficerActions({ recommendation: r, onDone }: { recommendation: RecommendationView; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const pendingExtension = r.extensionRequests.find((x) => x.outcome === 'pending') ?? null;
  const pendingNotActionable = r.notActionableRequests.find((x) => x.outcome === 'pending') ?? null;
  const close = () => setOpen(null);
  const done = (message: string) => async () => {
    await onDone(message);
    setOpen(null);
  };
  if (!r.open) return null;
  return (
    <Stack gap="sm">
      {pendingExtension && (
        <Alert color="grape" title={t('recommendation.extension.pending')} role="note">
          <Text size="sm">{t('recommendation.extension.asked', { date: formatDate(pendingExtension.proposedDueOn), on: formatDate(pendingExtension.requestedOn) })}</Text>
          <Text size="sm">{pendingExtension.reason}</Text>
          <Button size="xs" mt="xs" color="grape" onClick={() => setOpen('extension')}>
            {t('recommendation.extension.open')}
          </Button>
        </Alert>
      )}
      {pendingNotActionable && (
        <Alert color="grape" title={t('recommendation.notActionable.pending')} role="note">
          <Text size="sm">{pendingNotActionable.reason}</Text>
          <Button size="xs" mt="xs" color="grape" onClick={() => setOpen('notActionable')}>
            {t('recommendation.notActionable.open')}
          </Button>
        </Alert>
      )}
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={() => setOpen('letter')}>
          {t('recommendation.letter.open')}
        </Button>
        <Button variant="default" size="xs" onClick={() => setOpen('escalation')}>
          {t('recommendation.escalation.open')}
        </Button>
      </Group>
      <RecordLetterFollowUpModal recommendation={r} opened={open === 'letter'} onClose={close} onDone={done(t('recommendation.letter.done'))} />
      <RecordEscalationModal subject="recommendation" id={r.id} nextLevel={r.escalationLevel + 1} opened={open === 'escalation'} onClose={close} onDone={done(t('recommendation.escalation.done'))} />
      <ExtensionDecisionModal recommendationId={r.id} request={open === 'extension' ? pendingExtension : null} onClose={close} onDone={done(t('recommendation.extension.done'))} />
      <NotActionableDecisionModal recommendationId={r.id} request={open === 'notActionable' ? pendingNotActionable : null} onClose={close} onDone={done(t('recommendation.notActionable.done'))} />
    </Stack>
  );
}
