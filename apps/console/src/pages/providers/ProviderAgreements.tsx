import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, data } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';

/** The provider's MoUs and PKS with their status as the API judges it today (an ended validity is "kedaluwarsa"). */
export function ProviderAgreements({ code }: { code: string }) {
  const { t } = useTranslation();
  const agreements = useQuery({
    queryKey: ['agreements', code],
    queryFn: () => data(api.GET('/v1/entities/{code}/agreements', { params: { path: { code } } })),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agreements-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="agreements-title">
          {t('providers.agreements.title')}
        </Title>
        <QueryState query={agreements}>
          {(result) => {
            const all = [...result.mous, ...result.pks];
            return all.length === 0 ? (
              <Text c="dimmed">{t('providers.agreements.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('providers.agreements.kind')}</Table.Th>
                      <Table.Th>{t('providers.agreements.number')}</Table.Th>
                      <Table.Th>{t('providers.agreements.subject')}</Table.Th>
                      <Table.Th>{t('providers.agreements.status')}</Table.Th>
                      <Table.Th>{t('providers.agreements.validUntil')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {all.map((a) => (
                      <Table.Tr key={`${a.kind}-${a.id}`}>
                        <Table.Td>{t(`providers.agreements.${a.kind}`)}</Table.Td>
                        <Table.Td ff="monospace">{a.ombudsmanNumber ?? a.id}</Table.Td>
                        <Table.Td>{a.title}</Table.Td>
                        <Table.Td>{t(`providers.agreements.statuses.${a.status}`)}</Table.Td>
                        <Table.Td>{formatDate(a.validUntil)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}
