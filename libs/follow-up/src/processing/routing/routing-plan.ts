import type { Contact, ContactRole, OmbudsmanRole } from '@app/contacts';
import { CENTRAL_OFFICE, OMBUDSMAN_ROLES } from '@app/contacts';

/** A recorded deadline step as routing sees it (from the step event's type and data). */
export type RoutedStep =
  | { type: 'reminder'; daysBefore: number }
  | { type: 'overdue' }
  | { type: 'escalation'; level: number; to: string };

/** One rung of the escalation ladder: its level and whom it names. */
export interface LadderRung {
  level: number;
  to: string;
}

/** Who must hear about a step, by role: addressees and those in copy. */
export interface RoutingPlan {
  to: ContactRole[];
  cc: ContactRole[];
  /** The publication rung: the e-mail carries a draft of what would be published. */
  publicationDraft: boolean;
}

/** The ladder's `publication` rung goes to the Ombudsman leadership, who decide on publishing. */
export const PUBLICATION = 'publication';

const PROVIDER_FIRST: ContactRole[] = ['liaison', 'unit_head'];
const WITH_OFFICER: ContactRole[] = [...PROVIDER_FIRST, 'ombudsman_officer'];

/**
 * The one place that says who hears about which step. A reminder: the liaison and the unit
 * head; an overdue mark: them and the Ombudsman officer of the province; rung N: the addressee
 * it names, with everyone reached before (overdue recipients and earlier rungs) in copy; the
 * publication rung: the Ombudsman leadership, with a publication draft.
 */
export function routingPlan(step: RoutedStep, ladder: readonly LadderRung[]): RoutingPlan {
  switch (step.type) {
    case 'reminder':
      return { to: [...PROVIDER_FIRST], cc: [], publicationDraft: false };
    case 'overdue':
      return { to: [...WITH_OFFICER], cc: [], publicationDraft: false };
    case 'escalation': {
      const addressee = roleOfRung(step.to);
      const earlier = ladder.filter((rung) => rung.level < step.level).map((rung) => roleOfRung(rung.to));
      const cc = unique([...WITH_OFFICER, ...earlier]).filter((role) => role !== addressee);
      return { to: [addressee], cc, publicationDraft: step.to === PUBLICATION };
    }
  }
}

/** A rung's `to` as a contact role; `publication` is decided by the leadership. Unknown names stay as given (and end as NoContact). */
function roleOfRung(to: string): ContactRole {
  return (to === PUBLICATION ? 'ombudsman_leadership' : to) as ContactRole;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export const isOmbudsmanRole = (role: ContactRole): role is OmbudsmanRole => (OMBUDSMAN_ROLES as readonly string[]).includes(role);

/** Where a step happened: whose contacts it reaches. */
export interface RoutingSubject {
  entityCode: string;
  /** Two-digit province code; null for national bodies (their Ombudsman side is the central office, `00`). */
  provinceCode: string | null;
  unitId: string | null;
}

/** One contact who gets the step, as the delivery record names them. */
export interface Recipient {
  contactId: string;
  role: ContactRole;
  name: string;
  address: string;
  copy: boolean;
  contact: Contact;
}

/** A role the directory has nobody for: recorded on the step, never dropped silently. */
export interface MissingContact {
  code: 'NoContact';
  role: ContactRole;
  /** The provider's code, or the province of the Ombudsman office. */
  of: string;
  reason: string;
}

export interface ResolvedRecipients {
  recipients: Recipient[];
  missing: MissingContact[];
}

/** The Ombudsman office a subject's province answers to; national bodies go to the central office (Ombudsman RI pusat), whose directory admins keep. */
export const ombudsmanOffice = (subject: RoutingSubject): string => subject.provinceCode ?? CENTRAL_OFFICE;

/**
 * Turns a plan into people, given what the directory answered per role (pure). A contact named
 * as addressee is not copied again; a role nobody holds becomes a NoContact entry.
 */
export function resolveRecipients(plan: RoutingPlan, subject: RoutingSubject, found: ReadonlyMap<ContactRole, readonly Contact[]>): ResolvedRecipients {
  const recipients: Recipient[] = [];
  const missing: MissingContact[] = [];
  const seen = new Set<string>();
  const add = (roles: ContactRole[], copy: boolean) => {
    for (const role of roles) {
      const contacts = found.get(role) ?? [];
      if (contacts.length === 0) {
        const of = isOmbudsmanRole(role) ? ombudsmanOffice(subject) : subject.entityCode;
        if (!missing.some((m) => m.role === role)) missing.push({ code: 'NoContact', role, of, reason: `no contact for ${role} of ${of}` });
        continue;
      }
      for (const contact of contacts) {
        if (seen.has(contact.contactId)) continue;
        seen.add(contact.contactId);
        recipients.push({ contactId: contact.contactId, role, name: contact.name, address: contact.email, copy, contact });
      }
    }
  };
  add(plan.to, false);
  add(plan.cc, true);
  return { recipients, missing };
}

/** The step an event records, or null for another event. */
export function stepOfEvent(type: string, data: Record<string, unknown>): RoutedStep | null {
  switch (type) {
    case 'DeadlineReminderSent':
      return { type: 'reminder', daysBefore: Number(data.daysBefore) };
    case 'DeadlineMarkedOverdue':
      return { type: 'overdue' };
    case 'DeadlineEscalated':
      return { type: 'escalation', level: Number(data.level), to: String(data.to) };
    default:
      return null;
  }
}
