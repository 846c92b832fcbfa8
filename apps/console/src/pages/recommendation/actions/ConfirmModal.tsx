import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Are you sure?" before a command that becomes a permanent event. */
export function ConfirmModal({ opened, title, message, busy, onConfirm, onCancel }: { opened: boolean; title: string; message: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <Text size="sm" c="dimmed">
          {t('recommendation.confirm.permanent')}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t('recommendation.confirm.back')}
          </Button>
          <Button onClick={onConfirm} loading={busy} data-autofocus>
            {t('recommendation.confirm.yes')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
