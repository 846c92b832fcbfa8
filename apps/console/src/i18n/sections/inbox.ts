import { section } from '../translation';

/** The in-app inbox: my notifications about deadlines, reminders and escalations. */
export const inbox = section(
  {
    title: 'Notifikasi saya',
    new: 'Baru',
    openRecord: 'Buka catatan',
    markRead: 'Tandai sudah dibaca',
    markReadOne: 'Tandai sudah dibaca: {{title}}',
    markAll: 'Tandai semua sudah dibaca',
    marked: 'Ditandai sudah dibaca. Belum dibaca: {{count}}.',
    unreadTitle: 'Belum dibaca ({{count}})',
    readTitle: 'Sudah dibaca',
    allRead: 'Semua notifikasi sudah dibaca.',
    empty: 'Belum ada notifikasi. Pengingat jatuh tempo, keterlambatan dan eskalasi untuk Anda akan muncul di sini.',
  },
  {
    title: 'My notifications',
    new: 'New',
    openRecord: 'Open the record',
    markRead: 'Mark as read',
    markReadOne: 'Mark as read: {{title}}',
    markAll: 'Mark all as read',
    marked: 'Marked as read. Unread: {{count}}.',
    unreadTitle: 'Unread ({{count}})',
    readTitle: 'Read',
    allRead: 'Every notification has been read.',
    empty: 'No notifications yet. Due-date reminders, overdue notices and escalations for you will appear here.',
  },
);
