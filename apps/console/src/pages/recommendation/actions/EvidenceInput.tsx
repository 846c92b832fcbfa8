import { FileInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The documents that prove a follow-up or a report: 1–10 files, uploaded when the action is confirmed. */
export function EvidenceInput({ value, onChange }: { value: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <FileInput
      label={t('recommendation.evidence.files')}
      description={t('recommendation.evidence.filesHelp')}
      placeholder={t('recommendation.evidence.choose')}
      multiple
      clearable
      value={value}
      onChange={(files) => onChange(files.slice(0, 10))}
      required
      data-testid="evidence-input"
    />
  );
}
