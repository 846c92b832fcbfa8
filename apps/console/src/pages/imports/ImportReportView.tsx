import { Alert, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport, RowProblem } from './imports-api';

const allowedText = (allowed: unknown): string => (allowed === undefined || allowed === null ? '' : Array.isArray(allowed) ? allowed.join(', ') : String(allowed));

/** The dry run's verdict: counts, then every problem row by row (the row number as the spreadsheet shows it), so the file can be fixed in place. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" data-testid="import-summary">
        <Badge variant="light" color="gray">
          {t('imports.report.total', { count: report.rowsTotal })}
        </Badge>
        <Badge variant="light" color={report.rowsInvalid > 0 ? 'red' : 'green'}>
          {t('imports.report.invalid', { count: report.rowsInvalid })}
        </Badge>
        <Badge variant="light" color="indigo">
          {t('imports.report.toWrite', { count: report.toWrite })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('imports.report.already', { count: report.alreadyImported })}
        </Badge>
      </Group>
      {report.rowsInvalid === 0 ? (
        <Alert color="green" data-testid="import-ok">
          {t('imports.report.allGood', { count: report.rowsTotal })}
        </Alert>
      ) : (
        <>
          <Alert color="red" data-testid="import-bad">
            {t('imports.report.fixFirst', { count: report.rowsInvalid })}
          </Alert>
          <ProblemTable problems={report.rows} />
          {report.moreProblems > 0 && <Text size="sm">{t('imports.report.more', { count: report.moreProblems })}</Text>}
        </>
      )}
    </>
  );
}

export function ProblemTable({ problems }: { problems: RowProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('imports.report.row')}</Table.Th>
            <Table.Th>{t('imports.report.column')}</Table.Th>
            <Table.Th>{t('imports.report.problem')}</Table.Th>
            <Table.Th>{t('imports.report.allowed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, i) => (
            <Table.Tr key={i} data-row={problem.row}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {problem.row}
                </Text>
                <Text size="xs" c="dimmed">
                  {problem.sheet}
                </Text>
              </Table.Td>
              <Table.Td>{problem.column}</Table.Td>
              <Table.Td>
                <Text size="sm">{problem.message}</Text>
                <Text size="xs" c="dimmed">
                  {problem.code} ({problem.status})
                </Text>
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{allowedText(problem.allowed)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
