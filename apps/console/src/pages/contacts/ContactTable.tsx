import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitName, type Unit } from '../liaison/provider';
import { RemoveContactButton } from './RemoveContactButton';
import type { Contact } from './contacts';

/** The directory as a table (scrolls sideways on a phone): who, in which role and unit, how they are reached. */
export function ContactTable({ code, contacts, units, revision, onEdit }: { code: string; contacts: Contact[]; units: readonly Unit[]; revision: number | null; onEdit: (contact: Contact) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="contacts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.field.name')}</Table.Th>
            <Table.Th>{t('contacts.field.role')}</Table.Th>
            <Table.Th>{t('common.unit')}</Table.Th>
            <Table.Th>{t('contacts.reach')}</Table.Th>
            <Table.Th>{t('contacts.notifications')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr key={c.contactId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.position}
                </Text>
              </Table.Td>
              <Table.Td>{t(`contacts.role.${c.role}`)}</Table.Td>
              <Table.Td>{unitName(units, c.unitId)}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.email}</Text>
                <Text size="xs" c="dimmed">
                  {c.phone ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`contacts.channel.${c.channel}`)} · {t(`contacts.cadence.${c.cadence}`)}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t(`contacts.language.${c.language}`)}
                  {c.webhookUrl ? ` · ${c.webhookUrl}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => onEdit(c)} aria-label={t('contacts.editNamed', { name: c.name })}>
                    {t('contacts.edit')}
                  </Button>
                  <RemoveContactButton code={code} contact={c} revision={revision} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
