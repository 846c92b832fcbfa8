import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../liaison/field-errors';
import { ifMatch, type Contact } from './contacts';

/** Removing a person is recorded for ever with its reason, so it is confirmed in a dialog that asks for the reason. */
export function RemoveContactButton({ code, contact, revision }: { code: string; contact: Contact; revision: number | null }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: () =>
      data(api.DELETE('/v1/entities/{code}/contacts/{contactId}', { params: { path: { code, contactId: contact.contactId }, header: ifMatch(revision) }, body: { reason: reason.trim() } })),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['contacts', code] });
      setOpened(false);
    },
  });
  return (
    <>
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpened(true)} aria-label={t('contacts.removeNamed', { name: contact.name })}>
        {t('contacts.remove')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('contacts.removeTitle', { name: contact.name })}>
        <Stack gap="sm">
          <Text size="sm">{t('contacts.removeWarning')}</Text>
          <Textarea label={t('contacts.removeReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldError(remove.error, 'reason')} required autosize minRows={2} />
          {remove.isError && <ProblemAlert error={remove.error} />}
          <Group justify="end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} disabled={!reason.trim()} onClick={() => remove.mutate()}>
              {t('contacts.confirmRemove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
