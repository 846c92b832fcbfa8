import { MemoryReadModel } from '@app/platform/testing';
import type { ContactAdded, ContactChanged, ContactRemoved } from '../contact/domain/contact.events';
import { contactKeys as K } from './contacts.keys';
import { contactsProjection } from './contacts.projection';

const added = (contactId: string, entityCode: string | null, provinceCode: string): ContactAdded => ({
  type: 'ContactAdded',
  data: { contactId, entityCode, provinceCode, role: entityCode ? 'liaison' : 'ombudsman_officer', unitId: null, name: 'Siti', position: 'Staf', email: `${contactId}@x.go.id`, phone: null, channel: 'email', cadence: 'each', language: 'id', userSub: null },
});
const ids = (m: MemoryReadModel, key: string) => m.zrange(key).map(([member]) => member);

describe('contacts projection', () => {
  it("keeps each contact as a hash (null as '') indexed by its provider or its province office", () => {
    const m = new MemoryReadModel(contactsProjection).feed('contacts-64.01', added('c-2', '64.01', '64'), added('c-1', '64.01', '64')).feed('ombudsmancontacts-64', added('c-9', null, '64'));
    expect(ids(m, K.ofProvider('64.01'))).toEqual(['c-1', 'c-2']);
    expect(ids(m, K.ofOmbudsman('64'))).toEqual(['c-9']);
    expect(m.hash(K.contact('c-1'))).toMatchObject({ contactId: 'c-1', entityCode: '64.01', unitId: '', phone: '', userSub: '', role: 'liaison' });
    expect(m.hash(K.contact('c-9'))).toMatchObject({ entityCode: '', provinceCode: '64', role: 'ombudsman_officer' });
  });

  it('writes only the changed fields of a change, and drops a removed contact from hash and index', () => {
    const changed: ContactChanged = { type: 'ContactChanged', data: { contactId: 'c-1', entityCode: '64.01', provinceCode: '64', changes: { phone: '+6281234567890', userSub: null } } };
    const removed: ContactRemoved = { type: 'ContactRemoved', data: { contactId: 'c-2', entityCode: '64.01', provinceCode: '64', reason: 'Pensiun' } };
    const m = new MemoryReadModel(contactsProjection).feed('contacts-64.01', added('c-1', '64.01', '64'), added('c-2', '64.01', '64'), changed, removed);
    expect(m.hash(K.contact('c-1'))).toMatchObject({ name: 'Siti', phone: '+6281234567890', userSub: '' });
    expect(m.hash(K.contact('c-2'))).toEqual({});
    expect(ids(m, K.ofProvider('64.01'))).toEqual(['c-1']);
  });
});
