import type { AggregateStore } from '@app/platform/commands';
import { deliveriesStream, foldDeliveries, type DeliveryEvent, type DeliveryView } from './delivery.events';

type Cut = Parameters<AggregateStore['load']>[2];

/** The delivery records of a subject, as known at `cut` when one is given (asOf/validAt reads). */
export async function loadDeliveries(aggregates: AggregateStore, subjectStream: string, cut?: Cut): Promise<DeliveryView[]> {
  const { state } = await aggregates.load<DeliveryEvent[], DeliveryEvent>(
    deliveriesStream(subjectStream),
    {
      initialState: () => [],
      evolve: (events, event) => {
        events.push(event);
        return events;
      },
    },
    cut,
  );
  return foldDeliveries(state);
}
