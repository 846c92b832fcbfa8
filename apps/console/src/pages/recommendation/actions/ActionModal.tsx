import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';

export interface ActionModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What the officer is about to record, repeated on the confirmation step in plain words. */
  confirmation: string;
  submitLabel: string;
  /** Sends the command; a refusal (ApiProblem) is shown in the modal and the form stays filled. */
  onSubmit: () => Promise<unknown>;
  /** Called once the API accepted it, with nothing left to undo. */
  onDone: () => void | Promise<void>;
  canSubmit?: boolean;
  children: ReactNode;
}

/**
 * Every officer action: a form, then a confirmation (a recorded event cannot be taken back), then the
 * API's answer: on refusal its problem, naming the field; on success the modal closes and the page reloads.
 */
export function ActionModal({ opened, onClose, title, confirmation, submitLabel, onSubmit, onDone, canSubmit = true, children }: ActionModalProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const command = useMutation({
    mutationFn: onSubmit,
    onSuccess: async () => {
      setConfirming(false);
      await onDone();
    },
    // Back to the form, so the field the problem names can be corrected.
    onError: () => setConfirming(false),
  });
  const close = () => {
    setConfirming(false);
    command.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) setConfirming(true);
    else command.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <fieldset disabled={confirming || command.isPending} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack gap="sm">{children}</Stack>
          </fieldset>
          {confirming && (
            <Alert color="yellow" title={t('recommendation.confirm.title')} role="alertdialog" aria-live="assertive">
              <Text size="sm">{confirmation}</Text>
              <Text size="sm" mt={4}>
                {t('recommendation.confirm.permanent')}
              </Text>
            </Alert>
          )}
          {command.isError && <ProblemAlert error={command.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={confirming ? () => setConfirming(false) : close} disabled={command.isPending}>
              {confirming ? t('recommendation.confirm.back') : t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!canSubmit} loading={command.isPending}>
              {confirming ? t('recommendation.confirm.yes') : submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
