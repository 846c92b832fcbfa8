import { fold } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { NOW, issueCmd, liaisonPaser, officerKaltim, paser } from '../../testing/recommendation.fixtures';
import { recommendationDecider } from './recommendation.decider';
import { TODAY, command, event, issuedEvent, liaisonPpu } from './recommendation.spec-fixtures';

const spec = deciderSpec(recommendationDecider);
const REASON = 'Budget revision (APBD-P) needed before the counter can be rebuilt';
const ask = (proposedDueOn = '2025-09-30', requestId = 'x-1', reason = REASON, actor = liaisonPaser) =>
  command('RequestDeadlineExtension', { requestId, proposedDueOn, reason }, actor);
const approve = (requestId = 'x-1', dueOn?: string, actor = officerKaltim) => command('ApproveDeadlineExtension', { requestId, dueOn, note: 'Granted' }, actor);
const refuse = (requestId = 'x-1', note = 'The counter needs no construction') => command('RefuseDeadlineExtension', { requestId, note }, officerKaltim);
const requested = (requestId = 'x-1', proposedDueOn = '2025-09-30') =>
  event('DeadlineExtensionRequested', { requestId, proposedDueOn, reason: REASON, requestedOn: TODAY });
const approved = (requestId: string, version: number, dueOn: string) =>
  event('DeadlineExtensionApproved', { provinceCode: '64', requestId, deadline: { version, dueOn, dueAt: `${dueOn}T16:00:00.000Z`, timeZone: 'WITA' }, approvedOn: TODAY, note: 'Granted' });

describe('RequestDeadlineExtension', () => {
  it('the liaison proposes a later due date with a reason', () => spec.given([issuedEvent]).when(ask()).then([requested()]));
  it('needs a reason', () => spec.given([issuedEvent]).when(ask('2025-09-30', 'x-1', '')).thenThrows('ReasonRequired', 'invalid'));
  it('needs a date after the current due date', () => spec.given([issuedEvent]).when(ask('2025-07-31')).thenThrows('ExtensionNotLater', 'invalid'));
  it('one pending request at a time', () => spec.given([issuedEvent, requested()]).when(ask('2025-10-31', 'x-2')).thenThrows('ExtensionAlreadyPending', 'conflict'));
  it('is refused for the liaison of another provider', () =>
    spec.given([issuedEvent]).when(ask(undefined, undefined, undefined, liaisonPpu)).thenThrows('OutsideScope', 'forbidden'));
});

describe('ApproveDeadlineExtension / RefuseDeadlineExtension', () => {
  it('approval makes deadline version 2, ending at the end of the day in WITA', () =>
    spec.given([issuedEvent, requested()]).when(approve()).then([approved('x-1', 2, '2025-09-30')]));
  it('the officer may grant a different later date', () =>
    spec.given([issuedEvent, requested()]).when(approve('x-1', '2025-08-31')).then([approved('x-1', 2, '2025-08-31')]));
  it('keeps every deadline version in history', () => {
    const state = fold(recommendationDecider, [issuedEvent, requested(), approved('x-1', 2, '2025-09-30'), requested('x-2', '2025-10-31'), approved('x-2', 3, '2025-10-31')]);
    expect(state?.deadline).toMatchObject({ version: 3, dueOn: '2025-10-31', setBy: 'extension' });
    expect(state?.deadlineHistory.map((d) => [d.version, d.dueOn, d.setBy])).toEqual([
      [1, '2025-07-31', 'request'],
      [2, '2025-09-30', 'extension'],
      [3, '2025-10-31', 'extension'],
    ]);
    expect(state?.extensionRequests.map((r) => [r.requestId, r.outcome, r.decision?.deadlineVersion])).toEqual([
      ['x-1', 'approved', 2],
      ['x-2', 'approved', 3],
    ]);
  });
  it('is decided once', () => spec.given([issuedEvent, requested(), approved('x-1', 2, '2025-09-30')]).when(refuse()).thenThrows('ExtensionAlreadyDecided', 'conflict'));
  it('is 404 for an unknown request', () => spec.given([issuedEvent]).when(approve('x-9')).thenThrows('ExtensionRequestNotFound', 'not_found'));
  it('needs an officer', () => spec.given([issuedEvent, requested()]).when(approve('x-1', undefined, liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden'));
  it('refusal needs a note and keeps the deadline', () => {
    spec.given([issuedEvent, requested()]).when(refuse('x-1', '')).thenThrows('NoteRequired', 'invalid');
    const refused = event('DeadlineExtensionRefused', { requestId: 'x-1', note: 'The counter needs no construction', refusedOn: TODAY });
    spec.given([issuedEvent, requested()]).when(refuse()).then([refused]);
    expect(fold(recommendationDecider, [issuedEvent, requested(), refused])?.deadline).toMatchObject({ version: 1, dueOn: '2025-07-31' });
  });
});

describe('CloseRecommendation', () => {
  const close = (reason = 'Superseded by LAHP 2025/07', actor = officerKaltim) => command('CloseRecommendation', { reason }, actor);
  const closed = event('RecommendationClosed', { provinceCode: '64', closedOn: TODAY, reason: 'Superseded by LAHP 2025/07' });
  it('an officer closes it with a reason; the status stays', () => {
    spec.given([issuedEvent]).when(close()).then([closed]);
    expect(fold(recommendationDecider, [issuedEvent, closed])).toMatchObject({ open: false, status: 'belum_ditindaklanjuti', closure: { kind: 'administrative' } });
  });
  it('needs a reason, an officer, and an open recommendation', () => {
    spec.given([issuedEvent]).when(close('')).thenThrows('ReasonRequired', 'invalid');
    spec.given([issuedEvent]).when(close(undefined, liaisonPaser)).thenThrows('RoleNotAllowed', 'forbidden');
    spec.given([issuedEvent, closed]).when(close()).thenThrows('RecommendationAlreadyClosed', 'conflict');
  });
  it('closed: requests are refused', () => spec.given([issuedEvent, closed]).when(ask()).thenThrows('RecommendationClosed', 'conflict'));
});

describe('ApproveDeadlineExtension recorded late (late-records)', () => {
  // Entered on 1 June 2025 with a due date already past; an extension to another past date.
  const lateIssue = recommendationDecider.decide(issueCmd(paser, { unitId: 'dpmptsp', issuedOn: '2025-03-10', dueOn: '2025-04-30' }), null);
  const askFor = (proposedDueOn: string) => event('DeadlineExtensionRequested', { requestId: 'x-1', proposedDueOn, reason: REASON, requestedOn: '2025-04-25' });

  it('to a date over a day past: the new version runs its ladder from now, and is marked overdue at once at its due instant', () =>
    spec.given([...lateIssue, askFor('2025-05-20')]).when(approve()).then([
      event('DeadlineExtensionApproved', {
        provinceCode: '64',
        requestId: 'x-1',
        deadline: { version: 2, dueOn: '2025-05-20', dueAt: '2025-05-20T16:00:00.000Z', timeZone: 'WITA', ladderFrom: NOW.toISOString() },
        approvedOn: TODAY,
        note: 'Granted',
      }),
      {
        type: 'DeadlineMarkedOverdue',
        data: { subjectId: 'rec-1', deadlineVersion: 2, dueAt: '2025-05-20T16:00:00.000Z', markedAt: '2025-05-20T16:00:00.000Z', recordedLate: true },
        occurredAt: new Date('2025-05-20T16:00:00.000Z'),
      },
    ]));

  it('to yesterday (11 hours past): a live version the workers mark', () =>
    spec.given([...lateIssue, askFor('2025-05-31')]).when(approve()).thenEvents((events) => {
      expect(events.map((e) => e.type)).toEqual(['DeadlineExtensionApproved']);
      expect(events[0].data).toMatchObject({ deadline: { version: 2, dueOn: '2025-05-31' } });
      expect(events[0].data).not.toHaveProperty('deadline.ladderFrom');
    }));
});
