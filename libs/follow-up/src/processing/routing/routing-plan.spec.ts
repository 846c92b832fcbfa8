import type { Contact, ContactRole } from '@app/contacts';
import ladder from '../../deadlines/escalation-ladder.json';
import { resolveRecipients, routingPlan, stepOfEvent } from './routing-plan';

const contact = (contactId: string, role: ContactRole): Contact => ({
  contactId,
  role,
  entityCode: role.startsWith('ombudsman') ? null : '64.01',
  provinceCode: '64',
  unitId: null,
  name: `Name ${contactId}`,
  position: 'Kepala',
  email: `${contactId}@example.go.id`,
  phone: null,
  channel: 'email',
  cadence: 'each',
  language: 'id',
  userSub: null,
  webhookUrl: null,
});
const subject = { entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp' };

describe('routing plan: who hears about which step', () => {
  it('sends a reminder to the liaison and the unit head', () =>
    expect(routingPlan({ type: 'reminder', daysBefore: 7 }, ladder)).toEqual({ to: ['liaison', 'unit_head'], cc: [], publicationDraft: false }));

  it('adds the Ombudsman officer of the province to an overdue mark', () =>
    expect(routingPlan({ type: 'overdue' }, ladder)).toEqual({ to: ['liaison', 'unit_head', 'ombudsman_officer'], cc: [], publicationDraft: false }));

  it.each([
    [1, 'unit_head', ['unit_head'], ['liaison', 'ombudsman_officer']],
    [2, 'regional_secretary', ['regional_secretary'], ['liaison', 'unit_head', 'ombudsman_officer']],
    [3, 'ombudsman_leadership', ['ombudsman_leadership'], ['liaison', 'unit_head', 'ombudsman_officer', 'regional_secretary']],
    [4, 'publication', ['ombudsman_leadership'], ['liaison', 'unit_head', 'ombudsman_officer', 'regional_secretary']],
  ])('sends rung %i to the addressee it names (%s) with earlier recipients in copy', (level, to, expectedTo, expectedCc) => {
    const plan = routingPlan({ type: 'escalation', level, to }, ladder);
    expect(plan.to).toEqual(expectedTo);
    expect(plan.cc).toEqual(expectedCc);
    expect(plan.publicationDraft).toBe(to === 'publication');
  });

  it('reads the step from the step events', () => {
    expect(stepOfEvent('DeadlineReminderSent', { daysBefore: 1 })).toEqual({ type: 'reminder', daysBefore: 1 });
    expect(stepOfEvent('DeadlineEscalated', { level: 2, to: 'regional_secretary' })).toEqual({ type: 'escalation', level: 2, to: 'regional_secretary' });
    expect(stepOfEvent('RecommendationIssued', {})).toBeNull();
  });
});

describe('resolving recipients', () => {
  it('names the contacts in each role, marks copies, and never copies an addressee twice', () => {
    const head = contact('head', 'unit_head');
    const found = new Map<ContactRole, Contact[]>([
      ['unit_head', [head]],
      ['liaison', [contact('siti', 'liaison')]],
      ['ombudsman_officer', [contact('budi', 'ombudsman_officer')]],
      ['regional_secretary', [contact('sekda', 'regional_secretary')]],
    ]);
    const { recipients, missing } = resolveRecipients(routingPlan({ type: 'escalation', level: 2, to: 'regional_secretary' }, ladder), subject, found);
    expect(recipients.map((r) => [r.contactId, r.role, r.copy])).toEqual([
      ['sekda', 'regional_secretary', false],
      ['siti', 'liaison', true],
      ['head', 'unit_head', true],
      ['budi', 'ombudsman_officer', true],
    ]);
    expect(missing).toEqual([]);
  });

  it('records a role nobody holds as NoContact, naming the role and the provider or province', () => {
    const { recipients, missing } = resolveRecipients(routingPlan({ type: 'escalation', level: 3, to: 'ombudsman_leadership' }, ladder), subject, new Map([['liaison', [contact('siti', 'liaison')]]]));
    expect(recipients.map((r) => r.contactId)).toEqual(['siti']);
    expect(missing).toEqual([
      { code: 'NoContact', role: 'ombudsman_leadership', of: '64', reason: 'no contact for ombudsman_leadership of 64' },
      { code: 'NoContact', role: 'unit_head', of: '64.01', reason: 'no contact for unit_head of 64.01' },
      { code: 'NoContact', role: 'ombudsman_officer', of: '64', reason: 'no contact for ombudsman_officer of 64' },
      { code: 'NoContact', role: 'regional_secretary', of: '64.01', reason: 'no contact for regional_secretary of 64.01' },
    ]);
  });
});
