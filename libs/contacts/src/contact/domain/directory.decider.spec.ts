import { DomainError, fold, type Actor } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import type { ContactAdded, ContactEvent } from './contact.events';
import { directoryDecider, type AddContact, type ChangeContact, type DirectoryCommand, type DirectoryHome, type RemoveContact } from './directory.decider';

const spec = deciderSpec(directoryDecider);
const now = new Date('2026-11-22T03:00:00Z');
const admin: Actor = { id: 'admin-1', role: 'admin' };
const kaltimOfficer: Actor = { id: 'officer-kaltim', role: 'officer', provinces: ['64'] };
const kalselOfficer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const paserLiaison: Actor = { id: 'siti', role: 'liaison', entityCode: '64.01' };
const kubarLiaison: Actor = { id: 'andi', role: 'liaison', entityCode: '64.02' };
const auditor: Actor = { id: 'auditor-1', role: 'auditor' };

const paser: DirectoryHome = { side: 'provider', entityCode: '64.01', provinceCode: '64', unitIds: ['dpmptsp', 'dinkes'] };
const kemendagri: DirectoryHome = { side: 'provider', entityCode: 'K-KEMENDAGRI', provinceCode: null, unitIds: [] };
const kaltimOffice: DirectoryHome = { side: 'ombudsman', provinceCode: '64' };

const add = (data: Partial<AddContact['data']> = {}, actor: Actor = kaltimOfficer, home: DirectoryHome = paser): AddContact => ({
  type: 'AddContact',
  data: { contactId: 'c-1', role: 'unit_head', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani', position: 'Kepala DPMPTSP', email: 'kepala@dpmptsp.paserkab.go.id', ...data },
  actor,
  now,
  context: home,
});
const change = (input: ChangeContact['data']['input'], replace = false, actor: Actor = kaltimOfficer, contactId = 'c-1'): ChangeContact => ({
  type: 'ChangeContact',
  data: { contactId, input, replace },
  actor,
  now,
  context: paser,
});
const remove = (reason = 'Pensiun per 1 November', actor: Actor = kaltimOfficer, contactId = 'c-1'): RemoveContact => ({
  type: 'RemoveContact',
  data: { contactId, reason },
  actor,
  now,
  context: paser,
});

const headAdded: ContactAdded = {
  type: 'ContactAdded',
  data: {
    contactId: 'c-1', entityCode: '64.01', provinceCode: '64', role: 'unit_head', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani', position: 'Kepala DPMPTSP',
    email: 'kepala@dpmptsp.paserkab.go.id', phone: null, channel: 'email', cadence: 'each', language: 'id', userSub: null, webhookUrl: null,
  },
};

function refusal(history: ContactEvent[], command: DirectoryCommand): DomainError {
  try {
    directoryDecider.decide(command, fold(directoryDecider, history));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('contacts directory decider', () => {
  describe('AddContact', () => {
    it('records the contact with its home and the defaults: e-mail, each step, Bahasa Indonesia', () => {
      spec.given([]).when(add()).then([headAdded]);
    });

    it('puts an Ombudsman contact on its province office, with no provider', () => {
      spec.given([]).when(add({ role: 'ombudsman_officer', unitId: undefined, name: 'Budi', position: 'Asisten', email: 'budi@ombudsman.go.id' }, kaltimOfficer, kaltimOffice)).thenEvents(([event]) => {
        expect(event.data).toMatchObject({ entityCode: null, provinceCode: '64', role: 'ombudsman_officer', unitId: null });
      });
    });

    it('gives a ministry (no province) the national province code', () => {
      spec.given([]).when(add({ role: 'liaison', unitId: undefined }, admin, kemendagri)).thenEvents(([event]) => expect(event.data).toMatchObject({ entityCode: 'K-KEMENDAGRI', provinceCode: 'national' }));
    });

    it.each([
      ['081234567890', '+6281234567890'],
      ['0812-3456-7890', '+6281234567890'],
      ['+62 812 3456 7890', '+6281234567890'],
      ['6281234567890', '+6281234567890'],
      ['(0543) 21234', '+6254321234'],
      ['+1 202 555 0143', '+12025550143'],
    ])('normalises the phone %s to E.164 %s', (phone, e164) => {
      spec.given([]).when(add({ phone })).thenEvents(([event]) => expect((event as ContactAdded).data.phone).toBe(e164));
    });

    it.each(['0812', '12', 'abc', '0812abc4567890', '+62812345678901234', '+62 800 0000 0000 0000', ''])('refuses the phone %j, naming the field', (phone) => {
      const error = refusal([], add({ phone }));
      expect(error).toMatchObject({ kind: 'invalid', code: 'InvalidPhone' });
      expect(error.fields[0]).toMatchObject({ field: 'phone' });
    });

    it('refuses a unit_head without a unit, listing the units', () => {
      const error = refusal([], add({ unitId: undefined }));
      expect(error).toMatchObject({ kind: 'invalid', code: 'UnitRequired' });
      expect(error.fields[0]).toEqual({ field: 'unitId', message: 'required for unit_head', allowed: ['dpmptsp', 'dinkes'] });
    });

    it('refuses a unit that is not registered at the provider', () => {
      const error = refusal([], add({ unitId: 'dinsos' }));
      expect(error).toMatchObject({ code: 'UnknownUnit', fields: [{ field: 'unitId', allowed: ['dpmptsp', 'dinkes'] }] });
    });

    it("takes a unit's own liaison, and refuses a unit for the Sekda, the head of region and the Ombudsman side", () => {
      spec.given([]).when(add({ role: 'liaison', unitId: 'dinkes' })).thenEvents(([event]) => expect(event.data).toMatchObject({ role: 'liaison', unitId: 'dinkes' }));
      spec.given([]).when(add({ role: 'regional_secretary', unitId: 'dinkes' })).thenThrows('UnitNotAllowed', 'invalid');
      spec.given([]).when(add({ role: 'head_of_region', unitId: 'dinkes' })).thenThrows('UnitNotAllowed', 'invalid');
      spec.given([]).when(add({ role: 'ombudsman_leadership', unitId: 'dinkes' }, kaltimOfficer, kaltimOffice)).thenThrows('UnitNotAllowed', 'invalid');
    });

    it('keeps provider roles and Ombudsman roles on their own side, naming the allowed roles', () => {
      expect(refusal([], add({ role: 'ombudsman_officer', unitId: undefined })).fields[0]).toEqual({
        field: 'role', message: '"ombudsman_officer" is not allowed', allowed: ['liaison', 'unit_head', 'regional_secretary', 'head_of_region'],
      });
      expect(refusal([], add({ role: 'liaison', unitId: undefined }, kaltimOfficer, kaltimOffice)).fields[0]).toMatchObject({ field: 'role', allowed: ['ombudsman_officer', 'ombudsman_leadership'] });
    });

    it.each([
      ['channel', { channel: 'sms' }, ['email', 'webhook']],
      ['cadence', { cadence: 'weekly' }, ['each', 'digest']],
      ['language', { language: 'jv' }, ['id', 'en']],
    ])('refuses an unknown %s, naming what is allowed', (field, data, allowed) => {
      expect(refusal([], add(data)).fields[0]).toMatchObject({ field, allowed });
    });

    it('refuses an e-mail that is not one, and empty or over-long names and positions', () => {
      expect(refusal([], add({ email: 'kepala at paser' }))).toMatchObject({ code: 'InvalidEmail', fields: [{ field: 'email' }] });
      expect(refusal([], add({ name: '   ' })).fields[0]).toMatchObject({ field: 'name', allowed: '1–200 characters' });
      expect(refusal([], add({ position: 'x'.repeat(201) })).fields[0]).toMatchObject({ field: 'position' });
      spec.given([]).when(add({ position: 'x'.repeat(200) })).thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('refuses the same e-mail twice in the same role and unit (case aside), but not in another unit', () => {
      spec.given([headAdded]).when(add({ contactId: 'c-2', email: 'KEPALA@dpmptsp.paserkab.go.id' })).thenThrows('ContactAlreadyOnRecord', 'conflict');
      spec.given([headAdded]).when(add({ contactId: 'c-2', unitId: 'dinkes' })).thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('never reuses a contact id, not even a removed one', () => {
      spec.given([headAdded]).when(add({ email: 'lain@paserkab.go.id' })).thenThrows('ContactIdTaken', 'conflict');
      const removed: ContactEvent = { type: 'ContactRemoved', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', reason: 'x' } };
      spec.given([headAdded, removed]).when(add({ email: 'lain@paserkab.go.id' })).thenThrows('ContactIdTaken', 'conflict');
    });
  });

  describe('contacts reached by webhook', () => {
    const hook = 'https://sipp.paserkab.go.id/hooks/ombudsman';

    it('records the webhook URL of a contact who prefers the webhook', () => {
      spec.given([]).when(add({ channel: 'webhook', webhookUrl: hook })).thenEvents(([event]) => expect(event.data).toMatchObject({ channel: 'webhook', webhookUrl: hook }));
    });

    it('refuses channel webhook without a URL, naming webhookUrl and what it may be', () => {
      const error = refusal([], add({ channel: 'webhook' }));
      expect(error).toMatchObject({ kind: 'invalid', code: 'WebhookUrlRequired' });
      expect(error.fields[0]).toMatchObject({ field: 'webhookUrl', message: 'required when channel is webhook' });
      expect(String(error.fields[0].allowed)).toContain('https://');
    });

    it.each(['http://sipp.paserkab.go.id/hook', 'ftp://sipp.paserkab.go.id/hook', 'https://user:pw@sipp.paserkab.go.id/hook', 'not a url'])('refuses %s as a webhook URL', (webhookUrl) => {
      expect(refusal([], add({ channel: 'webhook', webhookUrl }))).toMatchObject({ code: 'InvalidWebhookUrl', fields: [{ field: 'webhookUrl' }] });
    });

    it.each(['http://127.0.0.1:4010/hook', 'http://localhost:4010/hook', 'http://[::1]:4010/hook'])('takes plain http on the loopback host %s', (webhookUrl) => {
      spec.given([]).when(add({ channel: 'webhook', webhookUrl })).thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('reads a contact recorded before webhooks as having none, and refuses switching it to webhook without a URL', () => {
      const { webhookUrl: _none, ...before } = headAdded.data;
      const old: ContactAdded = { type: 'ContactAdded', data: before };
      expect(fold(directoryDecider, [old]).contacts['c-1'].webhookUrl).toBeNull();
      expect(refusal([old], change({ channel: 'webhook' }))).toMatchObject({ code: 'WebhookUrlRequired' });
      spec.given([old]).when(change({ channel: 'webhook', webhookUrl: hook })).then([
        { type: 'ContactChanged', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', changes: { channel: 'webhook', webhookUrl: hook } } },
      ]);
    });
  });

  describe('who keeps a directory', () => {
    it('keeps the central office (Ombudsman RI pusat, 00) to admins: no officer, not even of every province', () => {
      const pusat: DirectoryHome = { side: 'ombudsman', provinceCode: '00' };
      const leader = (actor: Actor) => add({ role: 'ombudsman_leadership', unitId: undefined, email: 'ketua@ombudsman.go.id' }, actor, pusat);
      spec.given([]).when(leader(admin)).thenEvents(([event]) => expect(event.data).toMatchObject({ entityCode: null, provinceCode: '00' }));
      spec.given([]).when(leader({ id: 'officer-pusat', role: 'officer', provinces: ['*'] })).thenThrows('RoleNotAllowed', 'forbidden');
      spec.given([]).when(leader(kaltimOfficer)).thenThrows('RoleNotAllowed', 'forbidden');
    });

    it("lets the provider's liaison, an officer of its province and an admin keep it", () => {
      for (const actor of [paserLiaison, kaltimOfficer, admin]) spec.given([]).when(add({}, actor)).thenEvents((events) => expect(events).toHaveLength(1));
    });

    it("refuses another provider's liaison and an officer of another province (403 OutsideScope), and auditors (RoleNotAllowed)", () => {
      spec.given([]).when(add({}, kubarLiaison)).thenThrows('OutsideScope', 'forbidden');
      spec.given([]).when(add({}, kalselOfficer)).thenThrows('OutsideScope', 'forbidden');
      spec.given([]).when(add({}, auditor)).thenThrows('RoleNotAllowed', 'forbidden');
    });

    it("keeps a province office to that province's officers and admins; never a liaison", () => {
      const officer = add({ role: 'ombudsman_leadership', unitId: undefined }, kalselOfficer, kaltimOffice);
      spec.given([]).when(officer).thenThrows('OutsideScope', 'forbidden');
      spec.given([]).when({ ...officer, actor: paserLiaison }).thenThrows('RoleNotAllowed', 'forbidden');
      spec.given([]).when({ ...officer, actor: admin }).thenEvents((events) => expect(events).toHaveLength(1));
    });

    it('is asked before anything else (authorize), for changes and removals too', () => {
      const state = fold(directoryDecider, [headAdded]);
      expect(() => directoryDecider.authorize?.(change({ name: 'X' }, false, kubarLiaison), state)).toThrow(DomainError);
      expect(() => directoryDecider.authorize?.(remove('x', kalselOfficer), state)).toThrow(DomainError);
      expect(() => directoryDecider.authorize?.(remove('x', paserLiaison), state)).not.toThrow();
    });
  });

  describe('ChangeContact', () => {
    it('records only the fields that changed, normalised', () => {
      spec.given([headAdded]).when(change({ phone: '0812 3456 7890', cadence: 'digest', name: 'Drs. Ahmad Yani' })).then([
        { type: 'ContactChanged', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', changes: { phone: '+6281234567890', cadence: 'digest' } } },
      ]);
    });

    it('records nothing when nothing differs', () => {
      spec.given([headAdded]).when(change({ email: 'kepala@dpmptsp.paserkab.go.id' })).then([]);
    });

    it('replaces the whole contact with PUT: left-out optional fields go back to their defaults', () => {
      const withPhone: ContactEvent = { type: 'ContactChanged', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', changes: { phone: '+6281234567890', language: 'en' } } };
      spec.given([headAdded, withPhone]).when(change({ role: 'unit_head', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani', position: 'Kepala DPMPTSP', email: 'kepala@dpmptsp.paserkab.go.id' }, true)).thenEvents(([event]) => {
        expect(event.data).toMatchObject({ changes: { phone: null, language: 'id' } });
      });
    });

    it('judges the changed contact by the same rules: a PATCH that leaves a Sekda with a unit is refused', () => {
      spec.given([headAdded]).when(change({ role: 'regional_secretary' })).thenThrows('UnitNotAllowed', 'invalid');
      spec.given([headAdded]).when(change({ unitId: 'rsud' })).thenThrows('UnknownUnit', 'invalid');
      spec.given([headAdded]).when(change({ phone: '0812' })).thenThrows('InvalidPhone', 'invalid');
    });

    it('refuses a change that would duplicate another contact', () => {
      const second: ContactEvent = { ...headAdded, data: { ...headAdded.data, contactId: 'c-2', email: 'wakil@dpmptsp.paserkab.go.id' } };
      spec.given([headAdded, second]).when(change({ email: 'kepala@dpmptsp.paserkab.go.id' }, false, kaltimOfficer, 'c-2')).thenThrows('ContactAlreadyOnRecord', 'conflict');
    });

    it('answers 404 for a contact not on record', () => {
      spec.given([]).when(change({ name: 'X' })).thenThrows('ContactNotFound', 'not_found');
    });
  });

  describe('RemoveContact', () => {
    it('records the removal with its reason', () => {
      spec.given([headAdded]).when(remove('  Pensiun  ')).then([{ type: 'ContactRemoved', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', reason: 'Pensiun' } }]);
    });

    it('needs a reason of at most 500 characters, and a contact on record', () => {
      expect(refusal([headAdded], remove(' ')).fields[0]).toMatchObject({ field: 'reason', allowed: '1–500 characters' });
      spec.given([headAdded]).when(remove('x'.repeat(501))).thenThrows('InvalidContactText', 'invalid');
      const removed: ContactEvent = { type: 'ContactRemoved', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', reason: 'x' } };
      spec.given([headAdded, removed]).when(remove()).thenThrows('ContactNotFound', 'not_found');
      spec.given([headAdded, removed]).when(change({ name: 'Y' })).thenThrows('ContactNotFound', 'not_found');
    });
  });
});
