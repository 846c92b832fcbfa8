import { fold } from '@app/kernel';
import { mouDecider } from './mou.decider';
import { Mou, MouEvent, MouSigned } from './mou.events';
import { mouStatusAt } from './mou.status';

const signed = (validUntil: string | null): MouSigned => ({
  type: 'MouSigned',
  data: {
    mouId: 'M-1',
    entityCode: '63',
    provinceCode: '63',
    timezone: 'WITA',
    ombudsmanNumber: 'M/1',
    counterpartNumber: 'C/1',
    signedOn: '2021-10-28',
    title: 'x',
    validUntil,
  },
});
const mou = (...events: MouEvent[]) => fold(mouDecider, events) as Mou;

describe('MoU status at an instant', () => {
  it('stays signed without a validity end', () => expect(mouStatusAt(mou(signed(null)), new Date('2099-01-01T00:00:00Z'))).toBe('signed'));

  it('expires at the end of validUntil in the provider zone (WITA, UTC+8)', () => {
    const m = mou(signed('2026-10-27'));
    expect(mouStatusAt(m, new Date('2026-10-27T15:59:59.999Z'))).toBe('signed');
    expect(mouStatusAt(m, new Date('2026-10-27T16:00:00.000Z'))).toBe('expired');
  });

  it('follows an amended validity', () => {
    const extended = mou(signed('2022-10-27'), {
      type: 'MouAmended',
      data: { mouId: 'M-1', amendedOn: '2022-10-01', reason: 'r', changes: { validUntil: '2024-10-27' } },
    });
    expect(mouStatusAt(extended, new Date('2023-06-01T00:00:00Z'))).toBe('signed');
  });

  it('is terminated once terminated, whatever the validity', () =>
    expect(
      mouStatusAt(
        mou(signed('2022-10-27'), { type: 'MouTerminated', data: { mouId: 'M-1', terminatedOn: '2022-01-01', reason: 'r' } }),
        new Date('2023-01-01T00:00:00Z'),
      ),
    ).toBe('terminated'));
});
