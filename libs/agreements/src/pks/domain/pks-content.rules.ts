import { invalid } from '@app/kernel';
import { UNIT_ID_FORMAT, UNIT_ID_PATTERN } from '@app/registry';
import { requireText } from '../../shared/domain/value-rules';
import { REPORT_PERIODS, ReportPeriod, ScopeItem } from './pks.events';

export interface ScopeItemInput {
  id: string;
  text: string;
  obligation?: { every: ReportPeriod } | null;
}

export const SCOPE_TEXT_MAX = 1000;

function firstDuplicate(values: string[]): number {
  return values.findIndex((value, index) => values.indexOf(value) !== index);
}

/** ≥ 1 unit, no repeats, each one registered at the MoU's provider. */
export function requireUnits(unitIds: string[], registered: string[], entityCode: string): string[] {
  if (unitIds.length === 0) {
    throw invalid('NoUnits', 'A PKS binds at least one unit', [{ field: 'unitIds', message: 'empty', allowed: registered }]);
  }
  const repeated = firstDuplicate(unitIds);
  if (repeated >= 0) {
    throw invalid('DuplicateUnit', `Unit ${unitIds[repeated]} is listed twice`, [
      { field: `unitIds.${repeated}`, message: 'listed twice', allowed: 'each unit once' },
    ]);
  }
  const unknown = unitIds.findIndex((id) => !registered.includes(id));
  if (unknown >= 0) {
    throw invalid('UnknownUnit', `Unit ${unitIds[unknown]} is not registered at ${entityCode}; register it first`, [
      { field: `unitIds.${unknown}`, message: `not a unit of ${entityCode}`, allowed: registered },
    ]);
  }
  return [...unitIds];
}

function scopeItem(item: ScopeItemInput, index: number): ScopeItem {
  if (!UNIT_ID_PATTERN.test(item.id) || item.id.length > 64) {
    throw invalid('InvalidScopeId', `Scope item id "${item.id}" is not a slug`, [
      { field: `scope.${index}.id`, message: 'not a slug', allowed: UNIT_ID_FORMAT },
    ]);
  }
  const every = item.obligation?.every;
  if (item.obligation != null && !REPORT_PERIODS.includes(every as ReportPeriod)) {
    throw invalid('InvalidReportPeriod', `Scope item ${item.id}: a report every ${String(every)} is not supported`, [
      { field: `scope.${index}.obligation.every`, message: 'unknown period', allowed: REPORT_PERIODS },
    ]);
  }
  return {
    id: item.id,
    text: requireText(item.text, `scope.${index}.text`, SCOPE_TEXT_MAX),
    obligation: item.obligation ? { every: item.obligation.every } : null,
  };
}

/** ≥ 1 item, unique slug ids, each with text and an optional reporting period. */
export function requireScope(scope: ScopeItemInput[]): ScopeItem[] {
  if (scope.length === 0) {
    throw invalid('NoScope', 'A PKS needs at least one scope item', [{ field: 'scope', message: 'empty', allowed: '≥ 1 item' }]);
  }
  const repeated = firstDuplicate(scope.map((item) => item.id));
  if (repeated >= 0) {
    throw invalid('DuplicateScopeId', `Scope item id ${scope[repeated].id} is used twice`, [
      { field: `scope.${repeated}.id`, message: 'used twice', allowed: 'unique ids' },
    ]);
  }
  return scope.map(scopeItem);
}
