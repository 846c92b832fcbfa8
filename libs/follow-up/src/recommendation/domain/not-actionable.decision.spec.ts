import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { liaisonPaser, officerBengkulu, officerKaltim } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import { TODAY, command, event, issuedEvent, liaisonPpu } from './recommendation.spec-fixtures';

const spec = deciderSpec(recommendationDecider);
const request = (reason = 'The DPMPTSP building was destroyed by the flood (force majeure)', actor = liaisonPaser) =>
  command('RequestNotActionable', { reason }, actor);
const accept = (actor = officerKaltim, note = 'Flood confirmed by BPBD') => command('AcceptNotActionable', { note }, actor);
const reject = (note = 'Services moved to a temporary office; the standard can still be displayed', actor = officerKaltim) =>
  command('RejectNotActionable', { note }, actor);
const requested = event('NotActionableRequested', { reason: 'The DPMPTSP building was destroyed by the flood (force majeure)', requestedOn: TODAY });

describe('tidak_dapat_ditindaklanjuti: a stated reason, then an officer’s acceptance', () => {
  it('the liaison requests it with a reason', () => spec.given([issuedEvent]).when(request()).then([requested]));
  it('is refused without a reason', () => spec.given([issuedEvent]).when(request('  ')).thenThrows('ReasonRequired', 'invalid'));
  it('a request alone changes no status', () =>
    expect(fold(recommendationDecider, [issuedEvent, requested])).toMatchObject({ status: 'belum_ditindaklanjuti', open: true }));
  it('is refused for the liaison of another provider', () =>
    spec.given([issuedEvent]).when(request(undefined, liaisonPpu)).thenThrows('OutsideScope', 'forbidden'));
  it('one request at a time', () => spec.given([issuedEvent, requested]).when(request()).thenThrows('NotActionableAlreadyRequested', 'conflict'));

  it('an officer accepts it: status tidak_dapat_ditindaklanjuti, closed', () => {
    const accepted = event('NotActionableAccepted', { provinceCode: '64', note: 'Flood confirmed by BPBD', acceptedOn: TODAY });
    spec.given([issuedEvent, requested]).when(accept()).then([accepted]);
    expect(fold(recommendationDecider, [issuedEvent, requested, accepted])).toMatchObject({
      status: 'tidak_dapat_ditindaklanjuti',
      open: false,
      closure: { kind: 'not_actionable', reason: 'The DPMPTSP building was destroyed by the flood (force majeure)' },
    });
  });
  it('cannot be accepted without a request', () => spec.given([issuedEvent]).when(accept()).thenThrows('NoPendingNotActionableRequest', 'conflict'));
  it('cannot be accepted by the liaison, nor by an officer of another province', () => {
    spec.given([issuedEvent, requested]).when(accept(liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([issuedEvent, requested]).when(accept(officerBengkulu)).thenThrows('OutsideScope', 'forbidden');
  });

  it('an officer rejects it with a note; the status stays and a new request may follow', () => {
    const rejected = event('NotActionableRejected', { note: 'Services moved to a temporary office; the standard can still be displayed', rejectedOn: TODAY });
    spec.given([issuedEvent, requested]).when(reject()).then([rejected]);
    expect(fold(recommendationDecider, [issuedEvent, requested, rejected])).toMatchObject({ status: 'belum_ditindaklanjuti', open: true });
    spec.given([issuedEvent, requested, rejected]).when(request()).then([requested]);
  });
  it('a rejection needs a note', () => spec.given([issuedEvent, requested]).when(reject(' ')).thenThrows('NoteRequired', 'invalid'));
  it('nothing to reject without a request', () => spec.given([issuedEvent]).when(reject()).thenThrows('NoPendingNotActionableRequest'));
});
