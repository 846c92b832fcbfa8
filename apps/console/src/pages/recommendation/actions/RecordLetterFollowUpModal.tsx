import { useState } from 'react';
import { Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { formatDate } from '../../../i18n/format';
import { uploadEvidence } from '../evidence';
import type { RecommendationView } from '../recommendation';
import { ActionModal } from './ActionModal';
import { EvidenceInput } from './EvidenceInput';
import { DateField } from './fields';

type Via = 'surat' | 'rapat' | 'email' | 'lainnya';
const VIAS: Via[] = ['surat', 'rapat', 'email', 'lainnya'];

/**
 * A follow-up that reached the Ombudsman outside the system (a letter, a meeting, an e-mail), recorded by
 * the officer on the provider's behalf with the date it arrived and its documents.
 */
export function RecordLetterFollowUpModal({ recommendation, opened, onClose, onDone }: { recommendation: RecommendationView; opened: boolean; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [via, setVia] = useState<Via>('surat');
  const [letterNumber, setLetterNumber] = useState('');
  const [submittedOn, setSubmittedOn] = useState('');
  const [summary, setSummary] = useState('');
  const [itemId, setItemId] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const reset = () => {
    setVia('surat');
    setLetterNumber('');
    setSubmittedOn('');
    setSummary('');
    setItemId(null);
    setFiles([]);
  };
  const send = async () => {
    const documents = [];
    for (const file of files) documents.push({ documentId: await uploadEvidence(recommendation.entityCode, file) });
    return data(
      api.POST('/v1/recommendations/{id}/follow-ups', {
        params: { path: { id: recommendation.id } },
        body: {
          summary: summary.trim(),
          receivedVia: via,
          submittedOn,
          documents,
          ...(letterNumber.trim() ? { letterNumber: letterNumber.trim() } : {}),
          ...(itemId ? { itemId } : {}),
        },
      }),
    );
  };
  const openItems = recommendation.actionItems.filter((item) => !item.closed);
  return (
    <ActionModal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.letter.title')}
      confirmation={t('recommendation.letter.confirm', { via: t(`recommendation.via.${via}`), date: formatDate(submittedOn), count: files.length })}
      submitLabel={t('recommendation.letter.submit')}
      canSubmit={summary.trim() !== '' && submittedOn !== '' && files.length > 0}
      onSubmit={send}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      <Select
        label={t('recommendation.letter.via')}
        data={VIAS.map((value) => ({ value, label: t(`recommendation.via.${value}`) }))}
        value={via}
        onChange={(value) => setVia((value ?? 'surat') as Via)}
        allowDeselect={false}
        required
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput label={t('recommendation.letter.letterNumber')} placeholder="700/123/Org/2026" value={letterNumber} onChange={(e) => setLetterNumber(e.currentTarget.value)} />
      <DateField label={t('recommendation.letter.submittedOn')} description={t('recommendation.letter.submittedOnHelp')} value={submittedOn} onChange={setSubmittedOn} required />
      {openItems.length > 0 && (
        <Select
          label={t('recommendation.letter.item')}
          placeholder={t('recommendation.letter.wholeRecommendation')}
          data={openItems.map((item) => ({ value: item.itemId, label: `${item.unitId} · ${item.title}` }))}
          value={itemId}
          onChange={setItemId}
          clearable
        />
      )}
      <Textarea label={t('recommendation.letter.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} required autosize minRows={3} />
      <EvidenceInput value={files} onChange={setFiles} />
    </ActionModal>
  );
}
