import { MemoryContactDirectory } from '../testing/memory-contact-directory';

describe('directory lookup (shared by the read model and the memory directory)', () => {
  const directory = new MemoryContactDirectory([
    { contactId: 'c-wide-head', role: 'unit_head', entityCode: '64.01', provinceCode: '64', unitId: null, name: 'Kepala umum', email: 'umum@paser.go.id' },
    { contactId: 'c-dpm-head', role: 'unit_head', entityCode: '64.01', provinceCode: '64', unitId: 'dpmptsp', name: 'Kepala DPMPTSP', email: 'dpmptsp@paser.go.id' },
    { contactId: 'c-liaison', role: 'liaison', entityCode: '64.01', provinceCode: '64', name: 'Siti', email: 'siti@paser.go.id' },
    { contactId: 'c-other', role: 'liaison', entityCode: '64.02', provinceCode: '64', name: 'Other', email: 'other@kubar.go.id' },
    { contactId: 'c-officer-64', role: 'ombudsman_officer', provinceCode: '64', name: 'Budi', email: 'budi@ombudsman.go.id' },
    { contactId: 'c-officer-63', role: 'ombudsman_officer', provinceCode: '63', name: 'Ani', email: 'ani@ombudsman.go.id' },
  ]);

  it("answers a unit's own contact in the role first", async () => {
    expect((await directory.forProvider('64.01', 'unit_head', 'dpmptsp')).map((c) => c.contactId)).toEqual(['c-dpm-head']);
  });

  it('falls back to the provider-wide contact when the unit has nobody in the role', async () => {
    expect((await directory.forProvider('64.01', 'unit_head', 'dinkes')).map((c) => c.contactId)).toEqual(['c-wide-head']);
  });

  it('without a unit answers only provider-wide contacts, of that provider only', async () => {
    expect((await directory.forProvider('64.01', 'unit_head')).map((c) => c.contactId)).toEqual(['c-wide-head']);
    expect((await directory.forProvider('64.01', 'liaison', 'dpmptsp')).map((c) => c.contactId)).toEqual(['c-liaison']);
  });

  it('answers an empty list when nobody is on record', async () => {
    expect(await directory.forProvider('64.01', 'head_of_region')).toEqual([]);
    expect(await directory.forOmbudsman('64', 'ombudsman_leadership')).toEqual([]);
  });

  it("answers the Ombudsman office of the province asked, never another province's", async () => {
    expect((await directory.forOmbudsman('64', 'ombudsman_officer')).map((c) => c.contactId)).toEqual(['c-officer-64']);
  });

  it('fills the defaults the API uses', async () => {
    const [liaison] = await directory.forProvider('64.01', 'liaison');
    expect(liaison).toMatchObject({ channel: 'email', cadence: 'each', language: 'id', phone: null, userSub: null, unitId: null });
  });
});
