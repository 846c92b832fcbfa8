import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import type { components } from '../../api/schema';
import { ActionModal } from '../recommendation/actions/ActionModal';
import { EvidenceInput } from '../recommendation/actions/EvidenceInput';
import { DateField, filled } from '../recommendation/actions/fields';
import { uploadEvidence } from '../recommendation/evidence';

type ObligationView = components['schemas']['ObligationView'];

/** Records the period's report as delivered, with the documents that prove it; its reminders and escalations stop. */
export function FulfilObligationModal({ obligation, opened, onClose, onDone }: { obligation: ObligationView; opened: boolean; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [fulfilledOn, setFulfilledOn] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const reset = () => {
    setFulfilledOn('');
    setFiles([]);
  };
  const send = async () => {
    const documents = [];
    for (const file of files) documents.push({ documentId: await uploadEvidence(obligation.entityCode, file) });
    return data(api.POST('/v1/obligations/{id}/fulfil', { params: { path: { id: obligation.id } }, body: { documents, ...filled({ fulfilledOn }) } }));
  };
  return (
    <ActionModal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.obligation.fulfil.title')}
      confirmation={t('recommendation.obligation.fulfil.confirm', { period: obligation.period.key, count: files.length })}
      submitLabel={t('recommendation.obligation.fulfil.submit')}
      canSubmit={files.length > 0}
      onSubmit={send}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      <DateField label={t('recommendation.obligation.fulfil.fulfilledOn')} description={t('recommendation.todayDefault')} value={fulfilledOn} onChange={setFulfilledOn} />
      <EvidenceInput value={files} onChange={setFiles} />
    </ActionModal>
  );
}
