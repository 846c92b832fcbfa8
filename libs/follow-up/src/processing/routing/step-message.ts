import type { EmailTemplates, RenderedEmail, TemplateId, TemplateLanguage } from '../notifications/email-templates';
import { formatDueDate } from '../notifications/email-templates';
import { PUBLICATION, type RoutedStep } from './routing-plan';
import { daysLateAt, type SubjectFacts } from './subject-facts';

/** The default console, for a link to the record in a message. */
export const DEFAULT_CONSOLE_BASE_URL = 'http://127.0.0.1:3000';

const KIND_LABELS: Record<TemplateLanguage, Record<SubjectFacts['kind'], string>> = {
  id: { recommendation: 'rekomendasi', obligation: 'kewajiban PKS' },
  en: { recommendation: 'recommendation', obligation: 'PKS obligation' },
};

const RUNG_LABELS: Record<TemplateLanguage, Record<string, string>> = {
  id: { unit_head: 'Kepala Unit', regional_secretary: 'Sekretaris Daerah', head_of_region: 'Kepala Daerah', ombudsman_leadership: 'Pimpinan Ombudsman', [PUBLICATION]: 'Publikasi' },
  en: { unit_head: 'Head of unit', regional_secretary: 'Regional Secretary', head_of_region: 'Head of region', ombudsman_leadership: 'Ombudsman leadership', [PUBLICATION]: 'Publication' },
};

const EXPECTED: Record<TemplateLanguage, Record<TemplateId, string>> = {
  id: {
    reminder: 'kirim tindak lanjut beserta bukti dukungnya melalui konsol sebelum tenggat, atau ajukan perpanjangan dengan alasannya.',
    overdue: 'segera kirim tindak lanjut beserta bukti dukungnya melalui konsol, atau ajukan perpanjangan dengan alasannya.',
    escalation: 'pastikan unit yang bersangkutan menyelesaikan tindak lanjut dan mengirimkannya melalui konsol.',
    publication: 'putuskan apakah ketidakpatuhan ini dipublikasikan.',
    digest: '',
  },
  en: {
    reminder: 'send the follow-up with its supporting evidence through the console before the deadline, or request an extension with its reason.',
    overdue: 'send the follow-up with its supporting evidence through the console now, or request an extension with its reason.',
    escalation: 'make sure the unit concerned completes the follow-up and sends it through the console.',
    publication: 'decide whether this non-compliance is published.',
    digest: '',
  },
};

export const templateOf = (step: RoutedStep): Exclude<TemplateId, 'digest'> =>
  step.type === 'escalation' ? (step.to === PUBLICATION ? 'publication' : 'escalation') : step.type;

/** The link to the record in the console: CONSOLE_BASE_URL + /recommendations/{id} or /obligations/{id}. */
export const recordLink = (consoleBaseUrl: string, facts: Pick<SubjectFacts, 'kind' | 'id'>): string =>
  `${consoleBaseUrl.replace(/\/+$/, '')}/${facts.kind === 'recommendation' ? 'recommendations' : 'obligations'}/${encodeURIComponent(facts.id)}`;

export interface MessageInput {
  step: RoutedStep;
  facts: SubjectFacts;
  /** When the step was recorded: days late are counted to it. */
  at: Date;
  recipient: { name: string; copy: boolean };
  language: TemplateLanguage;
  consoleBaseUrl: string;
}

/** What the step's template is given: subject, provider and unit, due date in the provider's zone, days late, rung, what is expected, the link. */
export function messageContext({ step, facts, at, recipient, language, consoleBaseUrl }: MessageInput) {
  const id = templateOf(step);
  return {
    recipient,
    subject: { ...facts, kindLabel: KIND_LABELS[language][facts.kind] },
    dueDate: formatDueDate(facts.dueOn, facts.timeZone, language),
    daysBefore: step.type === 'reminder' ? step.daysBefore : 0,
    daysLate: daysLateAt(facts.dueOn, facts.timeZone, at),
    rung: step.type === 'escalation' ? { level: step.level, label: RUNG_LABELS[language][step.to] ?? step.to } : { level: 0, label: '' },
    expected: EXPECTED[language][id],
    link: recordLink(consoleBaseUrl, facts),
  };
}

export function renderStep(templates: EmailTemplates, input: MessageInput): RenderedEmail {
  return templates.render(input.language, templateOf(input.step), messageContext(input));
}
