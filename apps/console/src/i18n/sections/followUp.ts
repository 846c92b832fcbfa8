import { section } from '../translation';

/** The officer's queues: terlambat, segera jatuh tempo, menunggu verifikasi. */
export const followUp = section(
  {
    overdue: {
      title: 'Tindak lanjut terlambat',
      intro: 'Rekomendasi dan kewajiban PKS yang melewati jatuh tempo, paling lama terlambat lebih dulu.',
      empty: 'Tidak ada yang terlambat dalam cakupan Anda.',
    },
    dueSoon: {
      title: 'Segera jatuh tempo',
      intro: 'Yang jatuh tempo dalam 7 hari ke depan, paling dekat lebih dulu: ingatkan sebelum terlambat.',
      empty: 'Tidak ada yang jatuh tempo dalam 7 hari ke depan.',
    },
    awaiting: {
      title: 'Menunggu verifikasi',
      intro: 'Tindak lanjut yang sudah dikirim penyelenggara dan menunggu penilaian sesuai atau belum sesuai.',
      empty: 'Tidak ada tindak lanjut yang menunggu verifikasi.',
    },
    filter: {
      province: 'Provinsi',
      provincePlaceholder: 'mis. 64',
      provider: 'Penyelenggara',
      kind: 'Jenis',
      all: 'Semua',
    },
    column: {
      title: 'Rekomendasi',
      provider: 'Penyelenggara dan unit',
      dueOn: 'Jatuh tempo',
      late: 'Keterlambatan',
      timeLeft: 'Sisa waktu',
      escalation: 'Eskalasi',
      reminded: 'Pengingat terakhir',
      status: 'Status',
    },
    shown: '{{count}} ditampilkan · per {{at}}',
    daysLeft: '{{count}} hari lagi',
    dueToday: 'Jatuh tempo hari ini',
    notEscalated: 'Belum dieskalasi',
    notReminded: 'Belum diingatkan',
    remindersSent: '{{count}} pengingat terkirim',
    issue: 'Terbitkan rekomendasi',
  },
  {
    overdue: {
      title: 'Overdue follow-ups',
      intro: 'Recommendations and PKS obligations past their due date, most overdue first.',
      empty: 'Nothing is overdue within your scope.',
    },
    dueSoon: {
      title: 'Due soon',
      intro: 'Falling due within the next 7 days, soonest first: remind before they are late.',
      empty: 'Nothing falls due within the next 7 days.',
    },
    awaiting: {
      title: 'Awaiting verification',
      intro: 'Follow-ups the providers sent that await a verdict: compliant or not yet compliant.',
      empty: 'No follow-up awaits verification.',
    },
    filter: {
      province: 'Province',
      provincePlaceholder: 'e.g. 64',
      provider: 'Provider',
      kind: 'Kind',
      all: 'All',
    },
    column: {
      title: 'Recommendation',
      provider: 'Provider and unit',
      dueOn: 'Due',
      late: 'Lateness',
      timeLeft: 'Time left',
      escalation: 'Escalation',
      reminded: 'Last reminder',
      status: 'Status',
    },
    shown: '{{count}} shown · as of {{at}}',
    daysLeft: '{{count}} days left',
    dueToday: 'Due today',
    notEscalated: 'Not escalated',
    notReminded: 'Not reminded yet',
    remindersSent: '{{count}} reminders sent',
    issue: 'Issue a recommendation',
  },
);
