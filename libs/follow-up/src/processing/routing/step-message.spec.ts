import { EmailTemplates } from '../notifications/email-templates';
import { renderStep, type MessageInput } from './step-message';
import type { SubjectFacts } from './subject-facts';

const templates = new EmailTemplates();
const facts: SubjectFacts = {
  kind: 'recommendation',
  id: 'r1',
  stream: 'recommendation-r1',
  title: 'Publikasikan standar pelayanan',
  entityCode: '64.01',
  providerName: 'Kabupaten Paser',
  provinceCode: '64',
  unitId: 'dpmptsp',
  unit: 'DPMPTSP',
  dueOn: '2025-05-30',
  timeZone: 'WITA',
};
const input = (over: Partial<MessageInput>): MessageInput => ({
  step: { type: 'overdue' },
  facts,
  at: new Date('2025-06-03T02:00:00.000Z'),
  recipient: { name: 'Siti Aminah', copy: false },
  language: 'id',
  consoleBaseUrl: 'https://konsol.ombudsman.go.id/',
  ...over,
});

describe('step messages', () => {
  it('words an overdue mark in Bahasa Indonesia: provider and unit, due date in the provider zone, days late, what is expected, the link', () => {
    const mail = renderStep(templates, input({}));
    expect(mail.template).toBe('id/overdue@1');
    expect(mail.subject).toBe('Terlambat: Publikasikan standar pelayanan melewati tenggat 30 Mei 2025 (WITA)');
    expect(mail.text).toContain('Yth. Siti Aminah,');
    expect(mail.text).toContain('terlambat 4 hari');
    expect(mail.text).toContain('Penyelenggara: Kabupaten Paser / unit DPMPTSP');
    expect(mail.text).toContain('Tenggat: 30 Mei 2025 (WITA)');
    expect(mail.text).toContain('Yang diharapkan: segera kirim tindak lanjut');
    expect(mail.text).toContain('https://konsol.ombudsman.go.id/recommendations/r1');
  });

  it('words it in English for a contact who prefers English', () => {
    const mail = renderStep(templates, input({ language: 'en', step: { type: 'reminder', daysBefore: 7 }, at: new Date('2025-05-23T00:00:00.000Z') }));
    expect(mail.template).toBe('en/reminder@1');
    expect(mail.subject).toBe('Reminder: Publikasikan standar pelayanan is due 30 May 2025 (WITA)');
    expect(mail.text).toContain('is due in 7 days');
    expect(mail.text).toContain('Provider: Kabupaten Paser / unit DPMPTSP');
  });

  it('names the rung, marks a copy, and drafts the publication on the last rung', () => {
    const rung = renderStep(templates, input({ step: { type: 'escalation', level: 2, to: 'regional_secretary' }, recipient: { name: 'Budi', copy: true } }));
    expect(rung.subject).toBe('Eskalasi tingkat 2 (Sekretaris Daerah): Publikasikan standar pelayanan');
    expect(rung.text).toContain('Tembusan: Tindak lanjut');
    const publication = renderStep(templates, input({ step: { type: 'escalation', level: 4, to: 'publication' } }));
    expect(publication.template).toBe('id/publication@1');
    expect(publication.text).toContain('Draf publikasi:\n"Kabupaten Paser belum menindaklanjuti rekomendasi Ombudsman Republik Indonesia “Publikasikan standar pelayanan” yang jatuh tempo 30 Mei 2025 (WITA); hingga kini terlambat 4 hari."');
  });
});
