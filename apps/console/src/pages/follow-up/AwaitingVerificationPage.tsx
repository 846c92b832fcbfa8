import { QueuePage } from './QueuePage';

/** Follow-ups the providers sent that wait for an officer's verdict. */
export function AwaitingVerificationPage() {
  return <QueuePage queue="awaiting" />;
}
