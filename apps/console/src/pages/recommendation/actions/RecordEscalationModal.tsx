import { useState } from 'react';
import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { ActionModal } from './ActionModal';
import { DateField, NoteField, filled } from './fields';

/**
 * Records an escalation that happened outside the system (a letter to the sekda before the record was
 * entered): history only, nobody is notified; the deadline workers continue from that rung.
 */
export function RecordEscalationModal({
  subject,
  id,
  nextLevel,
  opened,
  onClose,
  onDone,
}: {
  subject: 'recommendation' | 'obligation';
  id: string;
  nextLevel: number;
  opened: boolean;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<number | string>(nextLevel);
  const [escalatedOn, setEscalatedOn] = useState('');
  const [note, setNote] = useState('');
  const reset = () => {
    setLevel(nextLevel);
    setEscalatedOn('');
    setNote('');
  };
  const body = { level: Number(level), escalatedOn, ...filled({ note: note.trim() }) };
  const send = () =>
    subject === 'recommendation'
      ? data(api.POST('/v1/recommendations/{id}/escalations', { params: { path: { id } }, body }))
      : data(api.POST('/v1/obligations/{id}/escalations', { params: { path: { id } }, body }));
  return (
    <ActionModal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.escalation.title')}
      confirmation={t('recommendation.escalation.confirm', { level: Number(level) })}
      submitLabel={t('recommendation.escalation.submit')}
      canSubmit={escalatedOn !== '' && Number(level) >= 1}
      onSubmit={send}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      <NumberInput label={t('recommendation.escalation.level')} description={t('recommendation.escalation.levelHelp')} value={level} onChange={setLevel} min={1} max={9} allowDecimal={false} required w={{ base: '100%', xs: 220 }} />
      <DateField label={t('recommendation.escalation.escalatedOn')} description={t('recommendation.escalation.escalatedOnHelp')} value={escalatedOn} onChange={setEscalatedOn} required />
      <NoteField label={t('recommendation.escalation.note')} value={note} onChange={setNote} />
    </ActionModal>
  );
}
