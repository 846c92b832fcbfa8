import { useState } from 'react';
import { Radio, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../../api/client';
import { formatDate } from '../../../i18n/format';
import type { FollowUpView } from '../recommendation';
import { ActionModal } from './ActionModal';
import { DateField, NoteField, filled } from './fields';

type Verdict = 'sesuai' | 'belum_sesuai';

/** The officer's verdict on one follow-up: sesuai (which can complete the recommendation) or belum_sesuai, with what they found. */
export function VerifyFollowUpModal({ recommendationId, followUp, onClose, onDone }: { recommendationId: string; followUp: FollowUpView | null; onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [note, setNote] = useState('');
  const [verifiedOn, setVerifiedOn] = useState('');
  const reset = () => {
    setVerdict('');
    setNote('');
    setVerifiedOn('');
  };
  return (
    <ActionModal
      opened={followUp !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('recommendation.verify.title')}
      confirmation={verdict ? t('recommendation.verify.confirm', { verdict: t(`common.status.${verdict}`) }) : ''}
      submitLabel={t('recommendation.verify.submit')}
      canSubmit={verdict !== '' && note.trim() !== ''}
      onSubmit={() =>
        data(
          api.POST('/v1/recommendations/{id}/follow-ups/{followUpId}/verify', {
            params: { path: { id: recommendationId, followUpId: followUp!.followUpId } },
            body: { verdict: verdict as Verdict, note: note.trim(), ...filled({ verifiedOn }) },
          }),
        )
      }
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      {followUp && (
        <Text size="sm" c="dimmed">
          {followUp.summary} · {formatDate(followUp.submittedOn)}
        </Text>
      )}
      <Radio.Group label={t('recommendation.verify.verdict')} value={verdict} onChange={(value) => setVerdict(value as Verdict)} required>
        <Group gap="lg" mt={4}>
          <Radio value="sesuai" label={t('common.status.sesuai')} />
          <Radio value="belum_sesuai" label={t('common.status.belum_sesuai')} />
        </Group>
      </Radio.Group>
      <NoteField label={t('recommendation.verify.note')} value={note} onChange={setNote} required />
      <DateField label={t('recommendation.verify.verifiedOn')} description={t('recommendation.todayDefault')} value={verifiedOn} onChange={setVerifiedOn} />
    </ActionModal>
  );
}
