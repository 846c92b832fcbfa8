import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseScore, type LocusRow } from './assessment-form';

/** The units assessed (loci), each a registered unit of the provider with its own score. */
export function LociFields({ rows, units, onChange }: { rows: LocusRow[]; units: Array<{ unitId: string; name: string }>; onChange: (rows: LocusRow[]) => void }) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<LocusRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const chosen = new Set(rows.map((r) => r.unitId));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('assessments.form.loci')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('assessments.form.lociHelp')}
      </Text>
      {rows.map((row, i) => (
        <Group key={row.key} gap="xs" align="end" wrap="wrap">
          <Select
            label={t('assessments.form.unit', { n: i + 1 })}
            data={units.map((u) => ({ value: u.unitId, label: u.name, disabled: chosen.has(u.unitId) && u.unitId !== row.unitId }))}
            value={row.unitId}
            onChange={(unitId) => update(row.key, { unitId })}
            searchable
            w={{ base: '100%', xs: 260 }}
          />
          <TextInput
            label={t('assessments.form.unitScore', { n: i + 1 })}
            inputMode="decimal"
            value={row.score}
            onChange={(e) => update(row.key, { score: e.currentTarget.value })}
            error={parseScore(row.score) === null ? t('assessments.form.scoreInvalid') : undefined}
            w={{ base: '70%', xs: 140 }}
          />
          <ActionIcon variant="subtle" color="red" size="lg" mb={4} aria-label={t('assessments.form.removeLocus', { n: i + 1 })} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        style={{ alignSelf: 'start' }}
        disabled={units.length === 0 || rows.length >= units.length}
        onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, unitId: null, score: '' }])}
      >
        {t('assessments.form.addLocus')}
      </Button>
    </Stack>
  );
}
