import type { TFunction } from 'i18next';

const KNOWN = ['unit_head', 'regional_secretary', 'head_of_region', 'ombudsman_leadership', 'publication'] as const;
type Known = (typeof KNOWN)[number];

/** A ladder rung in the officers' words; a rung configured under another name is shown as configured. */
export function escalationTarget(t: TFunction, to: string): string {
  return (KNOWN as readonly string[]).includes(to) ? t(`common.escalatedTo.${to as Known}`) : to.replace(/[-_]/g, ' ');
}
