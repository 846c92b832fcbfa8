import type { Contact } from '../directory/contact-directory.port';
import { MemoryContactDirectory } from '../testing/memory-contact-directory';
import { missingContacts, type OpenWork } from './missing-contacts';

const paser: OpenWork = { entityCode: '64.01', entityName: 'Kabupaten Paser', provinceCode: '64', unitIds: new Set(['dpmptsp', 'dinkes']), openItems: 3 };
const kemendagri: OpenWork = { entityCode: 'K-KEMENDAGRI', entityName: 'Kementerian Dalam Negeri', provinceCode: null, unitIds: new Set(), openItems: 1 };

function byProvider(contacts: Contact[]): Map<string, Contact[]> {
  const map = new Map<string, Contact[]>();
  for (const c of contacts) map.set(c.entityCode ?? c.provinceCode, [...(map.get(c.entityCode ?? c.provinceCode) ?? []), c]);
  return map;
}

describe('missing contacts', () => {
  it('asks for the provider-wide roles, a head for each unit with open items and the province office, office first, roles in the ladder order', () => {
    const rows = missingContacts([paser], new Map(), new Map(), true);
    expect(rows.map((r) => [r.entityCode ?? `office ${r.provinceCode}`, r.role, r.unitId])).toEqual([
      ['office 64', 'ombudsman_officer', null],
      ['office 64', 'ombudsman_leadership', null],
      ['64.01', 'liaison', null],
      ['64.01', 'unit_head', 'dinkes'],
      ['64.01', 'unit_head', 'dpmptsp'],
      ['64.01', 'regional_secretary', null],
      ['64.01', 'head_of_region', null],
    ]);
  });

  it('drops each role once someone is on record in it (a unit head in that very unit), and offices for liaisons', () => {
    const directory = new MemoryContactDirectory([
      { role: 'liaison', entityCode: '64.01', provinceCode: '64', name: 'Siti', email: 'siti@paserkab.go.id' },
      { role: 'liaison', entityCode: '64.01', provinceCode: '64', unitId: 'dinkes', name: 'Dina', email: 'dina@paserkab.go.id' },
      { role: 'unit_head', entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', name: 'Ahmad', email: 'ahmad@paserkab.go.id' },
      { role: 'ombudsman_officer', provinceCode: '64', name: 'Budi', email: 'budi@ombudsman.go.id' },
    ]);
    const all = directory.all();
    const rows = missingContacts([paser], byProvider(all.filter((c) => c.entityCode)), byProvider(all.filter((c) => !c.entityCode)), true);
    expect(rows.map((r) => [r.entityCode, r.role, r.unitId])).toEqual([
      [null, 'ombudsman_leadership', null],
      ['64.01', 'unit_head', 'dinkes'],
      ['64.01', 'regional_secretary', null],
      ['64.01', 'head_of_region', null],
    ]);
    expect(missingContacts([paser], byProvider(all), new Map(), false).every((r) => r.entityCode === '64.01')).toBe(true);
  });

  it('asks no province office for a ministry, which has none', () => {
    expect(missingContacts([kemendagri], new Map(), new Map(), true).map((r) => r.role)).toEqual(['liaison', 'regional_secretary', 'head_of_region']);
  });

  it("asks the central office (00) for a ministry's officer in charge and leadership, first in the list, for those who see it", () => {
    const rows = missingContacts([kemendagri, paser], new Map(), new Map(), true, true);
    expect(rows.slice(0, 2)).toEqual([
      { entityCode: null, entityName: null, provinceCode: '00', role: 'ombudsman_officer', unitId: null, openItems: kemendagri.openItems },
      { entityCode: null, entityName: null, provinceCode: '00', role: 'ombudsman_leadership', unitId: null, openItems: kemendagri.openItems },
    ]);
    const office = new Map([['00', [{ contactId: 'c-pusat', role: 'ombudsman_leadership', entityCode: null, provinceCode: '00' } as Contact]]]);
    expect(missingContacts([kemendagri], new Map(), office, true, true).filter((r) => r.entityCode === null).map((r) => r.role)).toEqual(['ombudsman_officer']);
  });
});
