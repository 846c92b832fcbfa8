import { QueuePage } from './QueuePage';

/** Open items past their due date, most overdue first: the officer's morning list. */
export function OverduePage() {
  return <QueuePage queue="overdue" />;
}
