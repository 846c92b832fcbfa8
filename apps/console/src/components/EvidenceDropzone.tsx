import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge, CloseButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useTranslation } from 'react-i18next';
import { authHeaders } from '../api/client';
import { ApiProblem, problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { session } from '../auth/session';
import { formatNumber } from '../i18n/format';

export type UploadedEvidence = components['schemas']['UploadedEvidenceDto'];

/** One dropped file: its progress while it travels, then the stored document or the API's refusal. */
export interface EvidenceUpload {
  key: string;
  name: string;
  size: number;
  /** 0–100, from the browser's own upload progress events. */
  percent: number;
  state: 'uploading' | 'done' | 'refused';
  document?: UploadedEvidence;
  error?: unknown;
}

/**
 * Sends one file to POST /v1/evidence with XMLHttpRequest, because fetch cannot report how much of
 * the body has gone out yet and a 40 MB scan over a district office's line takes minutes.
 * The form parts go in the order the API reads them: entityCode, then the file.
 */
export function uploadEvidence(entityCode: string, file: File, onPercent: (percent: number) => void): { done: Promise<UploadedEvidence>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedEvidence>((resolve, reject) => {
    xhr.open('POST', '/v1/evidence');
    for (const [name, value] of Object.entries({ ...authHeaders(), Accept: 'application/json' })) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onPercent(Math.min(100, (event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      const body: unknown = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        onPercent(100);
        resolve(body as UploadedEvidence);
        return;
      }
      if (xhr.status === 401) session.expired();
      reject(new ApiProblem(problemOf(xhr.status, body ?? xhr.responseText, xhr.statusText)));
    };
    // A network fault or an abort: not an ApiProblem, so the alert says to check the connection.
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('aborted'));
    const form = new FormData();
    form.append('entityCode', entityCode);
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The uploads of one form: add dropped files, remove one (aborting it if still on its way), clear after submitting. */
export function useEvidenceUploads(entityCode: string) {
  const [uploads, setUploads] = useState<EvidenceUpload[]>([]);
  const aborts = useRef(new Map<string, () => void>());
  const counter = useRef(0);
  const patch = useCallback((key: string, change: Partial<EvidenceUpload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u))), []);

  const add = useCallback(
    (files: File[]) => {
      for (const file of files) {
        counter.current += 1;
        const key = `${counter.current}-${file.name}`;
        setUploads((all) => [...all, { key, name: file.name, size: file.size, percent: 0, state: 'uploading' }]);
        const { done, abort } = uploadEvidence(entityCode, file, (percent) => patch(key, { percent }));
        aborts.current.set(key, abort);
        done.then(
          (document) => {
            aborts.current.delete(key);
            patch(key, { state: 'done', document, percent: 100 });
          },
          (error: unknown) => {
            aborts.current.delete(key);
            patch(key, { state: 'refused', error });
          },
        );
      }
    },
    [entityCode, patch],
  );
  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.();
    setUploads((all) => all.filter((u) => u.key !== key));
  }, []);
  const clear = useCallback(() => setUploads([]), []);
  // Leaving the page stops what is still uploading.
  useEffect(() => {
    const pending = aborts.current;
    return () => pending.forEach((abort) => abort());
  }, []);

  const documents = uploads.flatMap((u) => (u.document ? [u.document] : []));
  return { uploads, add, remove, clear, documents, busy: uploads.some((u) => u.state === 'uploading') };
}

export type EvidenceUploads = ReturnType<typeof useEvidenceUploads>;

/**
 * Drop files (or pick them with the keyboard: the zone is a button), watch each one's progress,
 * read why the API refused one (too large, a type it does not keep) and remove any before submitting.
 */
export function EvidenceDropzone({ uploads, label }: { uploads: EvidenceUploads; label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Dropzone onDrop={uploads.add} multiple inputProps={{ 'aria-label': label ?? t('liaison.evidence.input') }} data-testid="evidence-dropzone">
        <Stack align="center" gap={4} py="md" style={{ pointerEvents: 'none' }}>
          <Text fw={500} ta="center">
            {label ?? t('liaison.evidence.drop')}
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('liaison.evidence.hint')}
          </Text>
        </Stack>
      </Dropzone>
      {uploads.uploads.map((upload) => (
        <UploadRow key={upload.key} upload={upload} onRemove={() => uploads.remove(upload.key)} />
      ))}
    </Stack>
  );
}

function UploadRow({ upload, onRemove }: { upload: EvidenceUpload; onRemove: () => void }) {
  const { t } = useTranslation();
  const percent = Math.round(upload.percent);
  const size = fileSize(upload.size);
  return (
    <Paper withBorder p="xs" data-testid="evidence-upload" data-state={upload.state}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {upload.name}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t(`liaison.evidence.${size.unit}`, { size: size.size })}
          </Text>
          {upload.state === 'done' && (
            <Badge color="green" variant="light">
              {t('liaison.evidence.uploaded')}
            </Badge>
          )}
          {upload.state === 'refused' && (
            <Badge color="red" variant="light">
              {t('liaison.evidence.refused')}
            </Badge>
          )}
          <CloseButton size="sm" onClick={onRemove} aria-label={t('liaison.evidence.remove', { name: upload.name })} />
        </Group>
      </Group>
      {upload.state !== 'refused' && (
        <Group gap="xs" wrap="nowrap" mt={4}>
          <Progress value={upload.percent} style={{ flex: 1 }} aria-label={t('liaison.evidence.progress', { name: upload.name })} animated={upload.state === 'uploading'} />
          <Text size="xs" data-testid="evidence-percent" style={{ minWidth: '3.5em', textAlign: 'right' }}>
            {percent} %
          </Text>
        </Group>
      )}
      {upload.state === 'refused' && <RefusalText error={upload.error} />}
    </Paper>
  );
}

/** 812 B, 40,2 KB, 12,5 MB: a scan's size as people read it. */
function fileSize(bytes: number): { unit: 'bytes' | 'kilobytes' | 'megabytes'; size: string } {
  if (bytes < 1024) return { unit: 'bytes', size: formatNumber(bytes) };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', size: formatNumber(bytes / 1024, 1) };
  return { unit: 'megabytes', size: formatNumber(bytes / (1024 * 1024), 1) };
}

/** Why the API would not keep this file, in its own words (the console's language), on the file's own row. */
function RefusalText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  return (
    <Text size="sm" c="red" mt={4} role="alert">
      {problem ? `${problem.title}: ${problem.detail}` : t('common.error.network')}
    </Text>
  );
}
