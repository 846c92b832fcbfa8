import { admin } from './sections/admin';
import { assessments } from './sections/assessments';
import { audit } from './sections/audit';
import { common } from './sections/common';
import { contacts } from './sections/contacts';
import { dashboard } from './sections/dashboard';
import { followUp } from './sections/followUp';
import { imports } from './sections/imports';
import { inbox } from './sections/inbox';
import { liaison } from './sections/liaison';
import { providers } from './sections/providers';
import { recommendation } from './sections/recommendation';
import { shell } from './sections/shell';

/**
 * Every section of texts, one file each under sections/ (a page's texts live beside nothing else's).
 * Add a section here once; its keys are then checked at compile time (see i18next.d.ts).
 */
const sections = { common, shell, followUp, recommendation, liaison, contacts, providers, dashboard, assessments, audit, admin, imports, inbox };

type Sections = typeof sections;
export const idResources = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.id])) as { [K in keyof Sections]: Sections[K]['id'] };
export const enResources = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.en])) as { [K in keyof Sections]: Sections[K]['en'] };
