import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { CalendarDate, TimeZone } from '@app/kernel';

export const TEMPLATE_LANGUAGES = ['id', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
export const TEMPLATE_IDS = ['reminder', 'overdue', 'escalation', 'publication', 'digest'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface RenderedEmail {
  subject: string;
  text: string;
  /** `<language>/<template>@<version>`, kept in the delivery record. */
  template: string;
}

export class EmailTemplateError extends Error {
  override name = 'EmailTemplateError';
}

const VERSION = /^\{\{!--\s*version:\s*(\d+)\s*--\}\}\r?\n/;

interface Compiled {
  render: HandlebarsTemplateDelegate;
  version: number;
}

/**
 * The e-mail templates: files under `templates/<language>/<id>.hbs`, each starting with
 * `{{!-- version: N --}}` (bumped whenever its wording changes; the delivery record keeps it),
 * rendered with Handlebars. The first rendered line is the subject, the rest the body. Plain
 * text, so nothing is HTML-escaped. Strict: a field the template names but the step lacks is
 * an error, never an empty gap in a letter to a regent.
 */
export class EmailTemplates {
  private readonly compiled = new Map<string, Compiled>();

  constructor(dir: string = templatesDir()) {
    for (const language of TEMPLATE_LANGUAGES) {
      const hbs = Handlebars.create();
      const read = (file: string): { body: string; version: number } => {
        const text = readFileSync(join(dir, language, file), 'utf8');
        const match = VERSION.exec(text);
        if (!match) throw new EmailTemplateError(`${language}/${file} must start with {{!-- version: N --}}`);
        return { body: text.slice(match[0].length), version: Number(match[1]) };
      };
      for (const file of readdirSync(join(dir, language)).filter((f) => f.startsWith('_') && f.endsWith('.hbs'))) {
        hbs.registerPartial(file.slice(1, -'.hbs'.length), read(file).body.replace(/\r?\n$/, ''));
      }
      for (const id of TEMPLATE_IDS) {
        const { body, version } = read(`${id}.hbs`);
        this.compiled.set(`${language}/${id}`, { render: hbs.compile(body, { noEscape: true, strict: true }), version });
      }
    }
  }

  render(language: TemplateLanguage, id: TemplateId, context: object): RenderedEmail {
    const template = this.compiled.get(`${language}/${id}`);
    if (!template) throw new EmailTemplateError(`No template ${language}/${id}`);
    const [subject, ...body] = template.render(context).split('\n');
    return { subject: subject.trim(), text: `${body.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`, template: `${language}/${id}@${template.version}` };
  }
}

/** NOTIFY_TEMPLATES_DIR, else next to this file (sources, tests), else the sources from the working directory (a build without copied assets). */
export function templatesDir(env: Record<string, string | undefined> = process.env): string {
  const candidates = [env.NOTIFY_TEMPLATES_DIR, join(__dirname, 'templates'), join(process.cwd(), 'libs/follow-up/src/processing/notifications/templates')];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'id', 'reminder.hbs')));
  if (!found) throw new EmailTemplateError(`E-mail templates not found (looked in ${candidates.filter(Boolean).join(', ')}); set NOTIFY_TEMPLATES_DIR`);
  return found;
}

const MONTHS: Record<TemplateLanguage, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "30 Mei 2025". */
export function formatDay(date: CalendarDate, language: TemplateLanguage): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[language][month - 1]} ${year}`;
}

/** "30 Mei 2025 (WITA)": the due date as the provider counts it, with its zone. */
export const formatDueDate = (dueOn: CalendarDate, zone: TimeZone, language: TemplateLanguage): string => `${formatDay(dueOn, language)} (${zone})`;
