import { useState } from 'react';
import { Radio, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import type { components } from '../../../api/schema';
import { formatDate } from '../../../i18n/format';
import { ActionModal } from './ActionModal';
import { DateField, NoteField, filled } from './fields';

type ExtensionRequest = components['schemas']['ExtensionRequestView'];
type Decision = 'approve' | 'refuse';

/** Decides a pending perpanjangan: approve (a new deadline version, the proposed date unless changed) or refuse with the reason. */
export function ExtensionDecisionModal({ recommendationId, request, onClose, onDone }: { recommendationId: string; request: ExtensionRequest | null; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const reset = () => {
    setDecision('');
    setDueOn('');
    setNote('');
    setDecidedOn('');
  };
  const path = { id: recommendationId, requestId: request?.requestId ?? '' };
  const send = () =>
    decision === 'approve'
      ? data(api.POST('/v1/recommendations/{id}/extensions/{requestId}/approve', { params: { path }, body: filled({ dueOn, note: note.trim(), approvedOn: decidedOn }) }))
      : data(api.POST('/v1/recommendations/{id}/extensions/{requestId}/refuse', { params: { path }, body: { note: note.trim(), ...filled({ refusedOn: decidedOn }) } }));
  const newDate = dueOn || request?.proposedDueOn;
  return (
    <ActionModal
      opened={request !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.extension.title')}
      confirmation={decision === 'approve' ? t('recommendation.extension.confirmApprove', { date: formatDate(newDate) }) : t('recommendation.extension.confirmRefuse')}
      submitLabel={t('recommendation.extension.submit')}
      canSubmit={decision === 'approve' || (decision === 'refuse' && note.trim() !== '')}
      onSubmit={send}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      {request && (
        <Text size="sm">
          {t('recommendation.extension.asked', { date: formatDate(request.proposedDueOn), on: formatDate(request.requestedOn) })}
          <br />
          {request.reason}
        </Text>
      )}
      <Radio.Group label={t('recommendation.extension.decision')} value={decision} onChange={(value) => setDecision(value as Decision)} required>
        <Group gap="lg" mt={4}>
          <Radio value="approve" label={t('recommendation.extension.approve')} />
          <Radio value="refuse" label={t('recommendation.extension.refuse')} />
        </Group>
      </Radio.Group>
      {decision === 'approve' && (
        <DateField label={t('recommendation.extension.newDueOn')} description={t('recommendation.extension.newDueOnHelp', { date: formatDate(request?.proposedDueOn) })} value={dueOn} onChange={setDueOn} />
      )}
      <NoteField label={decision === 'refuse' ? t('recommendation.extension.reason') : t('recommendation.extension.grounds')} value={note} onChange={setNote} required={decision === 'refuse'} />
      <DateField label={t('recommendation.decidedOn')} description={t('recommendation.todayDefault')} value={decidedOn} onChange={setDecidedOn} />
    </ActionModal>
  );
}
