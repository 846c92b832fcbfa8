import { useState, type FormEvent } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type RecordKind = 'recommendation' | 'provider' | 'stream';

/**
 * What an auditor knows of a record: a recommendation id (from its page), a provider code, or the stream name itself.
 * Keyed by the address, so a followed link shows its own record in the fields.
 */
export function RecordPicker({ initial, onPick }: { initial: { kind: RecordKind; value: string }; onPick: (kind: RecordKind, value: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<RecordKind>(initial.kind);
  const [value, setValue] = useState(initial.value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onPick(kind, value.trim());
  };
  return (
    <form onSubmit={submit} aria-label={t('audit.picker.title')}>
      <Group align="end" wrap="wrap">
        <Select
          label={t('audit.picker.kind')}
          value={kind}
          onChange={(next) => next && setKind(next as RecordKind)}
          allowDeselect={false}
          data={(['recommendation', 'provider', 'stream'] as const).map((k) => ({ value: k, label: t(`audit.picker.kinds.${k}`) }))}
          w={{ base: '100%', sm: 220 }}
        />
        <TextInput
          label={t(`audit.picker.value.${kind}`)}
          placeholder={t(`audit.picker.example.${kind}`)}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          required
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit">{t('audit.picker.show')}</Button>
      </Group>
    </form>
  );
}
