import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the API accepted, said once after an action (polite: it does not interrupt a screen reader). */
export function SuccessNote({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="green" role="note" aria-live="polite" withCloseButton closeButtonLabel={t('common.close')} onClose={onClose} data-testid="success">
      {message}
    </Alert>
  );
}
