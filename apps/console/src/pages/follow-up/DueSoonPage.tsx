import { QueuePage } from './QueuePage';

/** Open items falling due within the week, soonest first, so they can be chased before they are late. */
export function DueSoonPage() {
  return <QueuePage queue="dueSoon" />;
}
