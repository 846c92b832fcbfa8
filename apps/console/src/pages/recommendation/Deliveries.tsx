import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatInstant } from '../../i18n/format';
import { channelLabel, deliveryStatus, deliveryStep } from './deliveryText';

type Delivery = components['schemas']['DeliveryDto'];

const STATUS_COLOURS: Record<Delivery['status'], string> = { queued: 'gray', delivered: 'green', retrying: 'yellow', failed: 'red', no_contact: 'orange' };

/** Who was reminded when: for each deadline step, every recipient, their channel, and whether it reached them. */
export function Deliveries({ deliveries, zone }: { deliveries: Delivery[]; zone: string }) {
  const { t } = useTranslation();
  const stepLabel = (step: string) => deliveryStep(t, step);
  return (
    <section aria-labelledby="deliveries">
      <Title order={3} size="h4" id="deliveries" mb="xs">
        {t('recommendation.deliveries.title')}
      </Title>
      {deliveries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('recommendation.deliveries.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" striped data-testid="deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recommendation.deliveries.step')}</Table.Th>
                <Table.Th>{t('recommendation.deliveries.recipient')}</Table.Th>
                <Table.Th>{t('recommendation.deliveries.role')}</Table.Th>
                <Table.Th>{t('recommendation.deliveries.channel')}</Table.Th>
                <Table.Th>{t('recommendation.deliveries.status')}</Table.Th>
                <Table.Th>{t('recommendation.deliveries.at')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.map((d, index) => (
                <Table.Tr key={`${d.stepEventId}-${d.role}-${d.address ?? index}`}>
                  <Table.Td>{stepLabel(d.step)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{d.name ?? '—'}</Text>
                    {d.address && (
                      <Text size="xs" c="dimmed">
                        {d.address}
                        {d.copy ? ` (${t('recommendation.deliveries.copy')})` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`recommendation.deliveries.roles.${d.role}`)}</Table.Td>
                  <Table.Td>{channelLabel(t, d.channel)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[d.status]} variant="light">
                      {deliveryStatus(t, d.status)}
                    </Badge>
                    {d.reason && (
                      <Text size="xs" c="dimmed">
                        {d.reason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(d.at, zone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
