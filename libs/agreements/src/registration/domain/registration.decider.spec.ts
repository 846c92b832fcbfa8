import { Actor, fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { refusal } from '../../shared/testing/refusal';
import { registrationSlug } from './registration-number';
import { ClaimHolderFacts, ClaimRegistrationNumber, registrationDecider, registrationStreamId } from './registration.decider';
import { RegistrationNumberClaimed } from './registration.events';

const spec = deciderSpec(registrationDecider);
const officer: Actor = { id: 'officer-kalsel', role: 'officer', provinces: ['63'] };
const number = '053/NK-PEMOTDA/2021';

const claimed = (mouId: string): RegistrationNumberClaimed => ({
  type: 'RegistrationNumberClaimed',
  data: { number, entityCode: '63', provinceCode: '63', mouId },
});
const claim = (mouId: string, holder?: ClaimHolderFacts, actor: Actor = officer): ClaimRegistrationNumber => ({
  type: 'ClaimRegistrationNumber',
  data: { number, entityCode: '63', provinceCode: '63', mouId },
  actor,
  now: new Date('2021-10-28T03:00:00Z'),
  context: holder ? { holder } : {},
});

describe('registration number claim', () => {
  it('claims a number nobody holds', () => spec.given([]).when(claim('30-ORI-MOU-X-2021')).then([claimed('30-ORI-MOU-X-2021')]));

  it('passes through a claim its own MoU already holds (a retried or repeated SignMoU)', () =>
    spec.given([claimed('30-ORI-MOU-X-2021')]).when(claim('30-ORI-MOU-X-2021')).then([]));

  it('refuses a number another MoU of the provider carries, naming counterpartNumber', () => {
    const error = refusal(() =>
      registrationDecider.decide(
        claim('31-ORI-MOU-X-2021', { mouId: '30-ORI-MOU-X-2021', counterpartNumber: number }),
        fold(registrationDecider, [claimed('30-ORI-MOU-X-2021')]),
      ),
    );
    expect(error).toMatchObject({ kind: 'conflict', code: 'DuplicateRegistrationNumber', fields: [{ field: 'counterpartNumber' }] });
  });

  it('treats another spelling of the same number as the same number', () =>
    spec
      .given([claimed('30-ORI-MOU-X-2021')])
      .when(claim('31-ORI-MOU-X-2021', { mouId: '30-ORI-MOU-X-2021', counterpartNumber: '053 / nk-pemotda / 2021' }))
      .thenThrows('DuplicateRegistrationNumber', 'conflict'));

  it('assumes a claim is live when the handler brought no facts about its holder', () =>
    spec.given([claimed('30-ORI-MOU-X-2021')]).when(claim('31-ORI-MOU-X-2021')).thenThrows('DuplicateRegistrationNumber'));

  it('assumes a claim is live when the facts are about another MoU than the holder', () =>
    spec
      .given([claimed('30-ORI-MOU-X-2021')])
      .when(claim('31-ORI-MOU-X-2021', { mouId: '29-ORI-MOU-X-2021', counterpartNumber: null }))
      .thenThrows('DuplicateRegistrationNumber'));

  it('re-claims a number whose holding MoU was never written', () =>
    spec
      .given([claimed('30-ORI-MOU-X-2021')])
      .when(claim('31-ORI-MOU-X-2021', { mouId: '30-ORI-MOU-X-2021', counterpartNumber: null }))
      .then([claimed('31-ORI-MOU-X-2021')]));

  it('re-claims a number whose holding MoU carries a different number', () =>
    spec
      .given([claimed('30-ORI-MOU-X-2021')])
      .when(claim('31-ORI-MOU-X-2021', { mouId: '30-ORI-MOU-X-2021', counterpartNumber: '054/NK-PEMOTDA/2021' }))
      .then([claimed('31-ORI-MOU-X-2021')]));

  it('refuses an officer outside the province', () =>
    spec
      .given([])
      .when(claim('30-ORI-MOU-X-2021', undefined, { id: 'o', role: 'officer', provinces: ['64'] }))
      .thenThrows('OutsideScope', 'forbidden'));
});

describe('registration numbers', () => {
  it.each([
    ['30/ORI-MOU/X/2021', '30-ORI-MOU-X-2021'],
    [' 30 / ori-mou / x / 2021 ', '30-ORI-MOU-X-2021'],
    ['No. 12/PKS/2022', 'NO.-12-PKS-2022'],
  ])('slugs %s as %s', (raw, slug) => expect(registrationSlug(raw)).toBe(slug));

  it('names one stream per provider and number', () =>
    expect(registrationStreamId('63', number)).toBe('63-053-NK-PEMOTDA-2021'));
});
