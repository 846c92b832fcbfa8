import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../auth/me';
import { QueryState } from '../../components/QueryState';
import { useProvider } from '../liaison/provider';
import { ContactForm } from './ContactForm';
import { ContactTable } from './ContactTable';
import { EMPTY_DRAFT, draftOf, useContacts, type Contact } from './contacts';

/**
 * A provider's directory: who hears about each reminder and escalation. A liaison keeps their own
 * provider's (/kontak); officers and admins open any provider's (/penyelenggara/:code/kontak).
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const params = useParams();
  const me = useMe();
  const code = params.code ?? me.data?.entityCode;
  if (!code) return me.isPending ? null : <Alert color="yellow">{t('liaison.owed.noProvider')}</Alert>;
  return <Directory code={code} />;
}

type Editing = { mode: 'add' } | { mode: 'edit'; contact: Contact } | null;

function Directory({ code }: { code: string }) {
  const { t } = useTranslation();
  const provider = useProvider(code);
  const contacts = useContacts(code);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState(false);
  const phone = useMediaQuery('(max-width: 36em)');
  const units = provider.data?.units ?? [];
  const revision = contacts.data?.revision ?? null;
  const done = () => {
    setEditing(null);
    setSaved(true);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <div>
          <Title order={2}>{t('contacts.title', { provider: provider.data?.name ?? code })}</Title>
          <Text c="dimmed" size="sm">
            {t('contacts.intro')}
          </Text>
        </div>
        <Button
          onClick={() => {
            setSaved(false);
            setEditing({ mode: 'add' });
          }}
        >
          {t('contacts.add')}
        </Button>
      </Group>
      {saved && (
        <Alert color="green" withCloseButton onClose={() => setSaved(false)} closeButtonLabel={t('common.close')} data-testid="contact-saved">
          {t('contacts.saved')}
        </Alert>
      )}
      <QueryState query={contacts}>
        {(list) =>
          list.items.length === 0 ? (
            <Alert color="yellow">{t('contacts.empty')}</Alert>
          ) : (
            <ContactTable code={code} contacts={list.items} units={units} revision={revision} onEdit={(contact) => setEditing({ mode: 'edit', contact })} />
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('contacts.editTitle', { name: editing.contact.name }) : t('contacts.addTitle')}
        size="lg"
        fullScreen={phone}
      >
        {editing && (
          <ContactForm
            key={editing.mode === 'edit' ? editing.contact.contactId : 'new'}
            code={code}
            units={units}
            initial={editing.mode === 'edit' ? draftOf(editing.contact) : EMPTY_DRAFT}
            contact={editing.mode === 'edit' ? editing.contact : undefined}
            revision={revision}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
