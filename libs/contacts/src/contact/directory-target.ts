import { invalid, requireVisible, type Actor } from '@app/kernel';
import type { AggregateStore } from '@app/platform/commands';
import { entityDecider, entityStream, loadVisibleProvider } from '@app/registry';
import { CENTRAL_OFFICE, CENTRAL_OFFICE_NAME } from '../directory/contact-directory.port';
import { jurisdictionOfHome, type DirectoryHome } from './domain/directory.decider';
import { ombudsmanContactsStream, providerContactsStream } from './contact.streams';

/** Which directory a request names: a provider's (`/v1/entities/{code}/contacts`) or a province office's (`/v1/provinces/{provinceCode}/contacts`). */
export type DirectoryTarget = { side: 'provider'; entityCode: string } | { side: 'ombudsman'; provinceCode: string };

export const directoryStream = (target: DirectoryTarget): string =>
  target.side === 'provider' ? providerContactsStream(target.entityCode) : ombudsmanContactsStream(target.provinceCode);

export const directoryId = (target: DirectoryTarget): string => (target.side === 'provider' ? target.entityCode : target.provinceCode);

const PROVINCE_CODE = /^\d{2}$/;

/**
 * The directory's home as the decider needs it, or the refusal a reader gets for it: a provider
 * must be registered (404, or 403 OutsideScope alike for one outside the caller's scope); an
 * Ombudsman office is that of a registered provinsi, seen by the province's officers, auditors and
 * admins; the central office (`00`) always exists, seen by those who see every province.
 */
export async function loadDirectoryHome(aggregates: AggregateStore, target: DirectoryTarget, actor: Actor): Promise<DirectoryHome> {
  if (target.side === 'provider') {
    const provider = await loadVisibleProvider(aggregates, target.entityCode, actor);
    return { side: 'provider', entityCode: provider.code, provinceCode: provider.jurisdiction.provinceCode, unitIds: provider.units.map((unit) => unit.unitId) };
  }
  const { provinceCode } = target;
  if (!PROVINCE_CODE.test(provinceCode)) {
    throw invalid('InvalidProvinceCode', `"${provinceCode}" is not a two-digit province code`, [{ field: 'provinceCode', message: 'not a province code', allowed: `two digits, e.g. 64, or ${CENTRAL_OFFICE} for ${CENTRAL_OFFICE_NAME}` }]);
  }
  const home: DirectoryHome = { side: 'ombudsman', provinceCode };
  if (provinceCode === CENTRAL_OFFICE) {
    requireVisible(actor, { exists: true, where: jurisdictionOfHome(home) }, `The contacts of ${CENTRAL_OFFICE_NAME}`, 'ProvinceNotRegistered');
    return home;
  }
  const { state } = await aggregates.load(entityStream(provinceCode), entityDecider);
  const exists = state.status === 'registered' && state.kind === 'provinsi';
  requireVisible(actor, { exists, where: jurisdictionOfHome(home) }, `The Ombudsman office of province ${provinceCode}`, 'ProvinceNotRegistered');
  return home;
}
