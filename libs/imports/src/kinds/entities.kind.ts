import { ENTITY_KINDS, RegisterEntityCommand, RegisterEntityHandler, RegisterEntityRequestDto, RegisterUnitCommand, RegisterUnitHandler, UNIT_ID_FORMAT } from '@app/registry';
import { TIME_ZONE_NAMES } from '@app/kernel';
import type { ImportKind, ImportTable, RowCells } from './import-kind';
import { present } from './cell-values';
import { ImportUnitRowDto } from './unit-row.dto';

const defined = (body: Record<string, string | undefined>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));

/** The provider registry: one row per provider, as POST /v1/entities. */
export const providersTable: ImportTable = {
  name: 'penyedia',
  sheetNames: ['penyedia', 'providers', 'entities', 'pemda'],
  independentRows: false,
  subjectField: 'code',
  columns: [
    { field: 'code', headers: ['kode', 'code'], required: true, description: 'Kode wilayah Kemendagri untuk pemda (provinsi NN, kabupaten/kota NN.NN) atau kode singkat kementerian/lembaga', allowed: 'NN, NN.NN, or an uppercase code such as K-KEMENDAGRI', example: '64.01' },
    { field: 'name', headers: ['nama', 'name'], required: true, description: 'Nama resmi penyelenggara', allowed: 'single-line text, at most 200 characters', example: 'Pemerintah Kabupaten Paser' },
    { field: 'kind', headers: ['jenis', 'kind'], required: true, description: 'Jenis penyelenggara', allowed: ENTITY_KINDS.join(', '), example: 'kabupaten' },
    { field: 'timezone', headers: ['zona_waktu', 'timezone'], required: false, description: 'Zona waktu; kosongkan untuk pemda (mengikuti kode provinsi), kementerian/lembaga bawaan WIB', allowed: TIME_ZONE_NAMES.join(', '), example: '' },
  ],
  dto: RegisterEntityRequestDto,
  toBody: (cells: RowCells) => ({
    body: defined({ code: present(cells, 'code'), name: present(cells, 'name'), kind: present(cells, 'kind')?.toLowerCase(), timezone: present(cells, 'timezone')?.toUpperCase() }),
    problems: [],
  }),
  columnOf: (field) => (field === 'parentCode' ? 'code' : field),
  command: (dto, meta) => new RegisterEntityCommand(dto as RegisterEntityRequestDto, meta),
  handler: ({ aggregates }) => new RegisterEntityHandler(aggregates),
};

/** Units of registered providers (SKPD, Puskesmas, RSUD …), as POST /v1/entities/{code}/units. */
export const unitsTable: ImportTable = {
  name: 'unit',
  sheetNames: ['unit', 'units', 'skpd', 'opd'],
  independentRows: false,
  subjectField: 'entityCode',
  columns: [
    { field: 'entityCode', headers: ['kode', 'code'], required: true, description: 'Kode penyelenggara pemilik unit (sudah terdaftar, atau di lembar penyedia pada berkas yang sama)', allowed: 'the code of a registered provider', example: '64.01' },
    { field: 'unitId', headers: ['unit', 'unit_id'], required: true, description: 'Pengenal unit yang tetap di dalam penyelenggara', allowed: UNIT_ID_FORMAT, example: 'puskesmas-senaken' },
    { field: 'name', headers: ['nama', 'name'], required: true, description: 'Nama unit (SKPD / OPD / unit layanan)', allowed: 'single-line text, at most 200 characters', example: 'Puskesmas Senaken' },
    { field: 'kind', headers: ['jenis', 'kind'], required: false, description: 'Jenis unit (bebas)', allowed: 'e.g. dinas, badan, inspektorat, puskesmas, rsud', example: 'puskesmas' },
  ],
  dto: ImportUnitRowDto,
  toBody: (cells: RowCells) => ({
    body: defined({ entityCode: present(cells, 'entityCode'), unitId: present(cells, 'unitId'), name: present(cells, 'name'), kind: present(cells, 'kind') }),
    problems: [],
  }),
  columnOf: (field) => field,
  command: (dto, meta) => {
    const { entityCode, ...body } = dto as ImportUnitRowDto;
    return new RegisterUnitCommand(entityCode, body, meta);
  },
  handler: ({ aggregates }) => new RegisterUnitHandler(aggregates),
};

export const entitiesImport: ImportKind = {
  name: 'entities',
  title: 'Registry of providers (and, on a second sheet, their units)',
  tables: [providersTable, unitsTable],
};

export const unitsImport: ImportKind = {
  name: 'units',
  title: 'Units of registered providers',
  tables: [unitsTable],
};
