import { TextInput, Textarea } from '@mantine/core';

/** A calendar date (YYYY-MM-DD) in the provider's zone; empty lets the API take today there. */
export function DateField({ label, description, value, onChange, required }: { label: string; description?: string; value: string; onChange: (value: string) => void; required?: boolean }) {
  return <TextInput type="date" label={label} description={description} value={value} onChange={(e) => onChange(e.currentTarget.value)} required={required} w={{ base: '100%', xs: 220 }} />;
}

export function NoteField({ label, value, onChange, required }: { label: string; value: string; onChange: (value: string) => void; required?: boolean }) {
  return <Textarea label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} required={required} autosize minRows={3} maxRows={8} />;
}

/** Leaves out what the officer left empty, so the API applies its own default (e.g. today in the provider's zone). */
export function filled<T extends Record<string, unknown>>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== '' && v !== undefined && v !== null)) as Partial<T>;
}
