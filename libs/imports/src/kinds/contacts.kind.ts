import { AddContactHandler, CONTACT_CADENCES, CONTACT_CHANNELS, CONTACT_LANGUAGES, CONTACT_ROLES, ImportContactRowDto, PHONE_FORMAT, addContactRowCommand } from '@app/contacts';
import type { ImportKind, ImportTable, RowCells } from './import-kind';
import { present } from './cell-values';

/** Words people write in a cell for each value (lower case, spaces as `_`); anything else goes to the request rule as written. */
const WORDS: Record<string, Record<string, readonly string[]>> = {
  role: {
    liaison: ['penghubung', 'narahubung', 'liaison_officer'],
    unit_head: ['kepala_unit', 'kepala_opd', 'kepala_skpd', 'kepala_dinas'],
    regional_secretary: ['sekda', 'sekretaris_daerah'],
    head_of_region: ['kepala_daerah', 'bupati', 'walikota', 'wali_kota', 'gubernur'],
    ombudsman_officer: ['petugas_ombudsman', 'asisten_ombudsman'],
    ombudsman_leadership: ['pimpinan_ombudsman', 'kepala_perwakilan'],
  },
  channel: { email: ['surel', 'e-mail'] },
  cadence: { each: ['setiap', 'setiap_langkah'], digest: ['harian', 'ringkasan', 'ringkasan_harian'] },
  language: { id: ['indonesia', 'bahasa_indonesia'], en: ['inggris', 'english'] },
};

function word(cells: RowCells, field: string): string | undefined {
  const text = present(cells, field);
  if (text === undefined) return undefined;
  const key = text.toLowerCase().replace(/\s+/g, '_');
  const match = Object.entries(WORDS[field]).find(([value, words]) => value === key || words.includes(key));
  return match ? match[0] : text;
}

const defined = (body: Record<string, string | undefined>): Record<string, unknown> => Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));

/** The contacts directory: one row per person, as POST /v1/entities/{kode}/contacts (or /v1/provinces/{kode}/contacts for the Ombudsman roles). */
export const contactsTable: ImportTable = {
  name: 'kontak',
  sheetNames: ['kontak', 'contacts'],
  // Rows of one provider write the same directory stream, one after another.
  independentRows: false,
  subjectField: 'code',
  columns: [
    { field: 'code', headers: ['kode', 'code'], required: true, description: 'Kode penyelenggara (terdaftar); untuk peran Ombudsman, kode dua angka provinsi perwakilan', allowed: 'the code of a registered provider, or a province code for ombudsman_* roles', example: '64.01' },
    { field: 'role', headers: ['peran', 'role'], required: true, description: 'Peran: penghubung, kepala unit, sekda, kepala daerah; petugas atau pimpinan Ombudsman', allowed: CONTACT_ROLES.join(', '), example: 'unit_head' },
    { field: 'unitId', headers: ['unit', 'unit_id'], required: false, description: 'Unit terdaftar; wajib untuk kepala unit, boleh untuk penghubung unit', allowed: 'a unit id registered under the provider', example: 'dpmptsp' },
    { field: 'name', headers: ['nama', 'name'], required: true, description: 'Nama lengkap dengan gelar', allowed: 'single-line text, at most 200 characters', example: 'Drs. Ahmad Yani, M.Si.' },
    { field: 'position', headers: ['jabatan', 'position'], required: true, description: 'Jabatan', allowed: 'single-line text, at most 200 characters', example: 'Kepala DPMPTSP' },
    { field: 'email', headers: ['email', 'e-mail'], required: true, description: 'Alamat surel', allowed: 'an e-mail address', example: 'kepala.dpmptsp@paserkab.go.id' },
    { field: 'phone', headers: ['telepon', 'phone'], required: false, description: 'Nomor telepon; disimpan sebagai +62…', allowed: PHONE_FORMAT, example: '0812-3456-7890' },
    { field: 'channel', headers: ['kanal', 'channel'], required: false, description: 'Saluran pemberitahuan (bawaan email)', allowed: CONTACT_CHANNELS.join(', '), example: 'email' },
    { field: 'cadence', headers: ['frekuensi', 'cadence'], required: false, description: 'each: setiap langkah; digest: ringkasan harian (bawaan each)', allowed: CONTACT_CADENCES.join(', '), example: 'each' },
    { field: 'language', headers: ['bahasa', 'language'], required: false, description: 'Bahasa pesan: id (Indonesia, bawaan) atau en', allowed: CONTACT_LANGUAGES.join(', '), example: 'id' },
  ],
  dto: ImportContactRowDto,
  toBody: (cells: RowCells) => ({
    body: defined({
      code: present(cells, 'code'),
      role: word(cells, 'role'),
      unitId: present(cells, 'unitId'),
      name: present(cells, 'name'),
      position: present(cells, 'position'),
      email: present(cells, 'email'),
      phone: present(cells, 'phone'),
      channel: word(cells, 'channel'),
      cadence: word(cells, 'cadence'),
      language: word(cells, 'language'),
    }),
    problems: [],
  }),
  columnOf: (field) => (field === 'provinceCode' ? 'code' : field),
  command: (dto, meta) => addContactRowCommand(dto as ImportContactRowDto, meta),
  handler: ({ aggregates }) => new AddContactHandler(aggregates),
};

export const contactsImport: ImportKind = {
  name: 'contacts',
  title: 'Contacts directory: who is reminded, per provider and per Ombudsman province office',
  tables: [contactsTable],
};
