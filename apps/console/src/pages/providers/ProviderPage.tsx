import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { ComplianceTrend } from './ComplianceTrend';
import { OpenRecommendations } from './OpenRecommendations';
import { ProviderAgreements } from './ProviderAgreements';
import { ProviderHeader } from './ProviderHeader';

/** One provider: who it is, its compliance over the years, its agreements and what it still owes. */
export function ProviderPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const entity = useQuery({
    queryKey: ['entity', code],
    queryFn: () => data(api.GET('/v1/entities/{code}', { params: { path: { code } } })),
  });

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/penyelenggara" size="sm">
        ← {t('providers.page.back')}
      </Anchor>
      <QueryState query={entity}>
        {(provider) => (
          <Stack gap="md">
            <ProviderHeader provider={provider} />
            <ComplianceTrend code={provider.code} name={provider.name} />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <OpenRecommendations code={provider.code} timezone={provider.timezone} />
              <ProviderAgreements code={provider.code} />
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
