import { useState, type FormEvent } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../liaison/field-errors';
import type { Unit } from '../liaison/provider';
import { PROVIDER_ROLES, ifMatch, requestOf, type Contact, type ContactDraft, type ProviderRole } from './contacts';

interface Props {
  code: string;
  units: readonly Unit[];
  initial: ContactDraft;
  /** The contact being changed; absent when adding one. */
  contact?: Contact;
  revision: number | null;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Adding or changing one person. Each refusal is shown on its own field (problem+json `errors`),
 * e.g. a phone number that is not Indonesian or E.164, or a webhook without its URL.
 */
export function ContactForm({ code, units, initial, contact, revision, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<ContactDraft>(initial);
  const set = <K extends keyof ContactDraft>(key: K, value: ContactDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      contact
        ? data(api.PUT('/v1/entities/{code}/contacts/{contactId}', { params: { path: { code, contactId: contact.contactId }, header: ifMatch(revision) }, body: requestOf(draft) }))
        : data(api.POST('/v1/entities/{code}/contacts', { params: { path: { code } }, body: requestOf(draft) })),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['contacts', code] });
      onDone();
    },
  });
  const error = (field: keyof ContactDraft) => fieldError(save.error, field);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const text = (field: 'name' | 'position' | 'email' | 'phone' | 'webhookUrl' | 'userSub', extra: { type?: string; required?: boolean; description?: string } = {}) => (
    <TextInput
      label={t(`contacts.field.${field}`)}
      value={draft[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={error(field)}
      type={extra.type}
      required={extra.required}
      description={extra.description}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('contacts.field.role')}
            data={PROVIDER_ROLES.map((r) => ({ value: r, label: t(`contacts.role.${r}`) }))}
            value={draft.role}
            onChange={(value) => value && set('role', value as ProviderRole)}
            error={error('role')}
            allowDeselect={false}
            required
          />
          <Select
            label={t('contacts.field.unitId')}
            description={t('contacts.unitHelp')}
            data={units.map((u) => ({ value: u.unitId, label: u.name }))}
            value={draft.unitId || null}
            onChange={(value) => set('unitId', value ?? '')}
            error={error('unitId')}
            clearable
          />
          {text('name', { required: true })}
          {text('position', { required: true })}
          {text('email', { type: 'email', required: true })}
          {text('phone', { type: 'tel', description: t('contacts.phoneHelp') })}
          <Select
            label={t('contacts.field.channel')}
            data={(['email', 'webhook'] as const).map((c) => ({ value: c, label: t(`contacts.channel.${c}`) }))}
            value={draft.channel}
            onChange={(value) => value && set('channel', value as ContactDraft['channel'])}
            error={error('channel')}
            allowDeselect={false}
          />
          {draft.channel === 'webhook' ? text('webhookUrl', { type: 'url', required: true }) : <div />}
          <Select
            label={t('contacts.field.cadence')}
            data={(['each', 'digest'] as const).map((c) => ({ value: c, label: t(`contacts.cadence.${c}`) }))}
            value={draft.cadence}
            onChange={(value) => value && set('cadence', value as ContactDraft['cadence'])}
            error={error('cadence')}
            allowDeselect={false}
          />
          <Select
            label={t('contacts.field.language')}
            data={(['id', 'en'] as const).map((l) => ({ value: l, label: t(`contacts.language.${l}`) }))}
            value={draft.language}
            onChange={(value) => value && set('language', value as ContactDraft['language'])}
            error={error('language')}
            allowDeselect={false}
          />
          {text('userSub', { description: t('contacts.userSubHelp') })}
        </SimpleGrid>
        {save.isError && <ProblemAlert error={save.error} />}
        <Group justify="end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {contact ? t('common.save') : t('contacts.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
