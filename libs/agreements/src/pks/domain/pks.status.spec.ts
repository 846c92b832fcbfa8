import { fold } from '@app/kernel';
import { pksDecider } from './pks.decider';
import { Pks, PksEvent } from './pks.events';
import { pksStatusAt } from './pks.status';
import { drafted, finalized, signed, terminated } from './pks.spec-fixtures';

const at = (iso: string) => new Date(iso);
const pks = (...events: PksEvent[]) => fold(pksDecider, events) as Pks;

describe('PKS status at an instant', () => {
  it('walks drafted → finalized → signed', () => {
    expect(pksStatusAt(pks(drafted), at('2022-06-16T00:00:00Z'))).toBe('drafted');
    expect(pksStatusAt(pks(drafted, finalized), at('2022-06-28T00:00:00Z'))).toBe('finalized');
    expect(pksStatusAt(pks(drafted, finalized, signed), at('2022-07-06T00:00:00Z'))).toBe('signed');
  });

  it('expires at the end of validUntil in the provider zone (WITA)', () => {
    const active = pks(drafted, finalized, signed);
    expect(pksStatusAt(active, at('2024-07-04T15:59:59.999Z'))).toBe('signed');
    expect(pksStatusAt(active, at('2024-07-04T16:00:00Z'))).toBe('expired');
  });

  it('is terminated once terminated', () =>
    expect(pksStatusAt(pks(drafted, finalized, signed, terminated), at('2025-01-01T00:00:00Z'))).toBe('terminated'));
});
