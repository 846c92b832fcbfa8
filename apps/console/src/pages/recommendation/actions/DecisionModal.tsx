import { useState, type ReactNode } from 'react';
import { Group, Radio, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionModal } from './ActionModal';
import { DateField, NoteField } from './fields';

/** What the officer decided, as the modal hands it to the command. */
export interface Decided {
  granted: boolean;
  /** Trimmed; required when refusing. */
  note: string;
  /** Empty: today, as the API defaults it. */
  decidedOn: string;
}

export interface DecisionModalProps {
  opened: boolean;
  onClose: () => void;
  onDone: () => Promise<void>;
  title: string;
  /** The request as the provider made it: when, and its own reason. */
  asked: ReactNode;
  labels: { decision: string; grant: string; refuse: string; grounds: string; reason: string; submit: string };
  confirmation: (granted: boolean) => string;
  send: (decided: Decided) => Promise<unknown>;
  /** Fields only a grant has (e.g. the new due date); rendered while granting. */
  grantFields?: ReactNode;
  /** Clears the grant fields' own state when the modal closes or succeeds. */
  onReset?: () => void;
}

/**
 * Every decision on a provider's request (perpanjangan, tidak dapat ditindaklanjuti): grant or refuse,
 * a note that is required when refusing (the provider must learn why), and the decision's date.
 */
export function DecisionModal({ opened, onClose, onDone, title, asked, labels, confirmation, send, grantFields, onReset }: DecisionModalProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'grant' | 'refuse' | ''>('');
  const [note, setNote] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const reset = () => {
    setDecision('');
    setNote('');
    setDecidedOn('');
    onReset?.();
  };
  const granted = decision === 'grant';
  return (
    <ActionModal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={title}
      confirmation={confirmation(granted)}
      submitLabel={labels.submit}
      canSubmit={granted || (decision === 'refuse' && note.trim() !== '')}
      onSubmit={() => send({ granted, note: note.trim(), decidedOn })}
      onDone={async () => {
        reset();
        await onDone();
      }}
    >
      <Text size="sm">{asked}</Text>
      <Radio.Group label={labels.decision} value={decision} onChange={(value) => setDecision(value as 'grant' | 'refuse')} required>
        <Group gap="lg" mt={4}>
          <Radio value="grant" label={labels.grant} />
          <Radio value="refuse" label={labels.refuse} />
        </Group>
      </Radio.Group>
      {granted && grantFields}
      <NoteField label={decision === 'refuse' ? labels.reason : labels.grounds} value={note} onChange={setNote} required={decision === 'refuse'} />
      <DateField label={t('recommendation.decidedOn')} description={t('recommendation.todayDefault')} value={decidedOn} onChange={setDecidedOn} />
    </ActionModal>
  );
}
