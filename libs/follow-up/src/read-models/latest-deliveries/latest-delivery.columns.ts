import { instantColumn, joined, numberColumn, textColumn, type Column } from '@app/spreadsheets';
import type { LatestDelivery, LatestRecipient, WithLatestDelivery } from './latest-deliveries.query';

const STATUS: Record<LatestRecipient['status'], string> = { queued: 'antre', retrying: 'dicoba ulang', delivered: 'terkirim', failed: 'gagal' };
const CHANNEL: Record<string, string> = { email: 'surel', digest: 'ringkasan harian', webhook: 'webhook', inbox: 'aplikasi' };

/** A step key as officers say it: `reminder-7` → pengingat H-7, `overdue` → terlambat, `escalation-2` → eskalasi tingkat 2. */
export function stepWords(step: string): string {
  const [kind, n] = step.split('-');
  if (kind === 'reminder') return `pengingat H-${n}`;
  if (kind === 'overdue') return 'terlambat';
  if (kind === 'escalation') return `eskalasi tingkat ${n}`;
  return step;
}

const who = (r: LatestRecipient): string => `${r.name} (${r.role}, ${CHANNEL[r.channel] ?? r.channel}${r.copy ? ', tembusan' : ''})`;
const outcome = (r: LatestRecipient): string => `${r.name}: ${STATUS[r.status]}${r.reason ? ` – ${r.reason}` : ''}`;
const last = <T>(pick: (d: LatestDelivery) => T) => (row: WithLatestDelivery<object>): T | null => (row.lastDelivery ? pick(row.lastDelivery) : null);

/** "Who was last reminded, when, how, and did it arrive": the subject's latest routed step. */
export function latestDeliveryColumns<Row extends WithLatestDelivery<object>>(): Column<Row>[] {
  return [
    textColumn('Pemberitahuan terakhir', last((d) => stepWords(d.step)), { width: 18 }),
    instantColumn('Waktu pemberitahuan', last((d) => d.routedAt)),
    textColumn('Diberitahukan kepada', last((d) => joined(d.recipients.map(who))), { width: 48 }),
    textColumn('Status pengiriman', last((d) => joined(d.recipients.map(outcome))), { width: 40 }),
    textColumn('Tanpa kontak', last((d) => joined(d.missingRoles)), { width: 22 }),
    numberColumn('Jumlah pemberitahuan', (row) => row.lastDelivery?.steps ?? 0),
  ];
}
