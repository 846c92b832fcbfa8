import { useState } from 'react';
import { Radio, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { formatDate } from '../../../i18n/format';
import { ActionModal } from './ActionModal';
import { DateField, NoteField, filled } from './fields';

type NotActionableRequest = components['schemas']['NotActionableRequestView'];
type Decision = 'accept' | 'reject';

/** Decides a pending request for tidak dapat ditindaklanjuti: accepting closes the recommendation; rejecting says what is still expected. */
export function NotActionableDecisionModal({ recommendationId, request, onClose, onDone }: { recommendationId: string; request: NotActionableRequest | null; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [note, setNote] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const reset = () => {
    setDecision('');
    setNote('');
    setDecidedOn('');
  };
  const path = { id: recommendationId };
  const send = () =>
    decision === 'accept'
      ? data(api.POST('/v1/recommendations/{id}/not-actionable/accept', { params: { path }, body: filled({ note: note.trim(), acceptedOn: decidedOn }) }))
      : data(api.POST('/v1/recommendations/{id}/not-actionable/reject', { params: { path }, body: { note: note.trim(), ...filled({ rejectedOn: decidedOn }) } }));
  return (
    <ActionModal
      opened={request !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.notActionable.title')}
      confirmation={decision === 'accept' ? t('recommendation.notActionable.confirmAccept') : t('recommendation.notActionable.confirmReject')}
      submitLabel={t('recommendation.notActionable.submit')}
      canSubmit={decision === 'accept' || (decision === 'reject' && note.trim() !== '')}
      onSubmit={send}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      {request && (
        <Text size="sm">
          {t('recommendation.notActionable.asked', { on: formatDate(request.requestedOn) })}
          <br />
          {request.reason}
        </Text>
      )}
      <Radio.Group label={t('recommendation.notActionable.decision')} value={decision} onChange={(value) => setDecision(value as Decision)} required>
        <Group gap="lg" mt={4}>
          <Radio value="accept" label={t('recommendation.notActionable.accept')} />
          <Radio value="reject" label={t('recommendation.notActionable.reject')} />
        </Group>
      </Radio.Group>
      <NoteField label={decision === 'reject' ? t('recommendation.notActionable.reason') : t('recommendation.notActionable.grounds')} value={note} onChange={setNote} required={decision === 'reject'} />
      <DateField label={t('recommendation.decidedOn')} description={t('recommendation.todayDefault')} value={decidedOn} onChange={setDecidedOn} />
    </ActionModal>
  );
}
