import { assessmentsImport } from './assessments.kind';
import { entitiesImport, unitsImport } from './entities.kind';
import { recommendationsImport } from './recommendations.kind';
import { contactsImport } from './contacts.kind';
import type { ImportKind } from './import-kind';

/** Every import the API offers; a new one is one more entry (its tables name their command). */
export const IMPORT_KINDS: readonly ImportKind[] = [entitiesImport, unitsImport, assessmentsImport, recommendationsImport, contactsImport];

export const IMPORT_KIND_NAMES = IMPORT_KINDS.map((kind) => kind.name);

export const importKindNamed = (name: string): ImportKind | undefined => IMPORT_KINDS.find((kind) => kind.name === name);
