import type { CommandMeta } from '@app/platform/commands';
import { OMBUDSMAN_ROLES } from '../../directory/contact-directory.port';
import type { DirectoryTarget } from '../directory-target';
import { AddContactCommand } from './contact.commands';
import type { ImportContactRowDto } from './import-contact-row.request.dto';

/** Where an imported row goes: an Ombudsman role names a province office by its code, any other role a provider. */
export function rowTarget(row: Pick<ImportContactRowDto, 'code' | 'role'>): DirectoryTarget {
  return (OMBUDSMAN_ROLES as readonly string[]).includes(row.role) ? { side: 'ombudsman', provinceCode: row.code } : { side: 'provider', entityCode: row.code };
}

/** The AddContact a single POST would send for the row. */
export function addContactRowCommand(row: ImportContactRowDto, meta: CommandMeta): AddContactCommand {
  const { code: _code, ...body } = row;
  return new AddContactCommand(rowTarget(row), body, meta);
}
