import { useState } from 'react';
import { Button, Card, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { XLSX, download } from '../../api/download';
import { ProblemAlert } from '../../components/ProblemAlert';
import { commitImport, dryRun, IMPORT_KINDS, reportOf, type ImportKind } from './imports-api';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';

/**
 * Bulk entry from a spreadsheet: choose what is imported, fill its template, check the file (a dry
 * run writes nothing and lists every bad row), then import it and follow the job. A file with any
 * bad row is never written, so the officer fixes the rows named and checks again.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('recommendations');
  const [file, setFile] = useState<File | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const check = useMutation({ mutationFn: (chosen: File) => dryRun(kind, chosen) });
  const commit = useMutation({ mutationFn: (chosen: File) => commitImport(kind, chosen), onSuccess: (accepted) => setImportId(accepted.importId) });

  const reset = () => {
    check.reset();
    commit.reset();
    setImportId(null);
  };
  const chooseFile = (next: File | null) => {
    setFile(next);
    reset();
  };
  const template = async () => {
    setTemplateError(null);
    await download(`/v1/imports/${kind}/template.xlsx`, XLSX, `impor-${kind}.xlsx`).catch(setTemplateError);
  };
  const report = check.data ?? null;
  const refused = commit.isError ? reportOf(commit.error) : null;

  return (
    <Stack gap="md">
      <Title order={2}>{t('imports.title')}</Title>
      <Card withBorder>
        <Stack gap="sm">
          <Group align="end" wrap="wrap">
            <Select
              label={t('imports.kind')}
              value={kind}
              allowDeselect={false}
              onChange={(next) => {
                if (next) setKind(next as ImportKind);
                reset();
              }}
              data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
              w={{ base: '100%', sm: 360 }}
            />
            <Button variant="default" onClick={() => void template()}>
              {t('imports.template')}
            </Button>
          </Group>
          {templateError !== null && <ProblemAlert error={templateError} />}
          <Text size="sm" c="dimmed">
            {t('imports.help')}
          </Text>
          <Group align="end" wrap="wrap">
            <FileInput
              label={t('imports.file')}
              placeholder={t('imports.filePlaceholder')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={chooseFile}
              clearable
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button disabled={!file} loading={check.isPending} onClick={() => file && check.mutate(file)}>
              {t('imports.check')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {check.isError && <ProblemAlert error={check.error} />}
      {report && (
        <Card withBorder data-testid="import-report">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('imports.report.title', { name: file?.name ?? '' })}
            </Title>
            <ImportReportView report={report} />
            {report.rowsInvalid === 0 && !importId && (
              <Group>
                <Button color="green" loading={commit.isPending} disabled={report.toWrite === 0} onClick={() => file && commit.mutate(file)}>
                  {t('imports.commit', { count: report.toWrite })}
                </Button>
                {report.toWrite === 0 && <Text size="sm">{t('imports.nothingNew')}</Text>}
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {commit.isError && (refused ? <ImportReportView report={refused} /> : <ProblemAlert error={commit.error} />)}
      {importId && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('imports.job.title')}
            </Title>
            <ImportProgress importId={importId} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
