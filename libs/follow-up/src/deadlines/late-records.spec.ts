import { Decider, DomainEvent, SYSTEM_ACTOR } from '@app/kernel';
import { deciderSpec } from '@app/kernel/testing';
import { bundledEscalationLadder } from './deadline-ladder';
import { DeadlineStepCommand, DeadlineStepEvent, DeadlineTrack, DeadlineVersion, decideDeadlineStep, evolveDeadlineStep, initialDeadlineTrack } from './deadline-steps';
import { asKnownAt, isRecordedLate, lateOverdueMark } from './late-records';
import { RecordDeadlineEscalation, decideRecordedEscalation } from './recorded-escalation';

const DAY = 86_400_000;
const MIN = 60_000;
const ladder = bundledEscalationLadder();
const DUE_AT = '2023-03-31T16:00:00.000Z'; // end of 2023-03-31 in WIB
const V1: DeadlineVersion = { version: 1, dueOn: '2023-03-31', dueAt: DUE_AT, timeZone: 'WIB' };
const RECORDED = new Date('2026-12-01T03:00:00.000Z');
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe('a deadline version learnt of late (late-records)', () => {
  it('is late only when its due instant lies more than a day before the recording: 23h59m is live, 24h01m is late', () => {
    const due = new Date(DUE_AT);
    expect(isRecordedLate(DUE_AT, plus(due, 23 * 60 * MIN + 59 * MIN))).toBe(false);
    expect(isRecordedLate(DUE_AT, plus(due, DAY))).toBe(false);
    expect(isRecordedLate(DUE_AT, plus(due, 24 * 60 * MIN + MIN))).toBe(true);
    expect(asKnownAt(V1, plus(due, 23 * 60 * MIN + 59 * MIN))).toEqual(V1);
    expect(lateOverdueMark('rec-1', asKnownAt(V1, plus(due, 23 * 60 * MIN + 59 * MIN)))).toEqual([]);
  });

  it('gets its ladder start at the recording time and one overdue mark dated at the due instant, flagged recordedLate', () => {
    const known = asKnownAt(V1, RECORDED);
    expect(known).toEqual({ ...V1, ladderFrom: RECORDED.toISOString() });
    expect(lateOverdueMark('rec-1', known)).toEqual([
      { type: 'DeadlineMarkedOverdue', data: { subjectId: 'rec-1', deadlineVersion: 1, dueAt: DUE_AT, markedAt: DUE_AT, recordedLate: true }, occurredAt: new Date(DUE_AT) },
    ]);
  });

  it('keeps ladderFrom in the track it starts', () => expect(initialDeadlineTrack(asKnownAt(V1, RECORDED)).deadline.ladderFrom).toBe(RECORDED.toISOString()));
});

type Command = DeadlineStepCommand | RecordDeadlineEscalation;
const subject: Decider<DeadlineTrack, Command, DeadlineStepEvent> = {
  initialState: () => initialDeadlineTrack(asKnownAt(V1, RECORDED)),
  evolve: evolveDeadlineStep,
  decide: (command, state) => (command.type === 'RecordDeadlineEscalation' ? decideRecordedEscalation(command, 'rec-1', state) : decideDeadlineStep(command, 'rec-1', state)),
};
const spec = deciderSpec(subject);
const lateMark = lateOverdueMark('rec-1', asKnownAt(V1, RECORDED))[0];
const escalate = (level: number, now: Date): Command => ({ type: 'EscalateDeadline', data: { deadlineVersion: 1, level }, actor: SYSTEM_ACTOR, now, context: { ladder } });
const escalated = (level: number, to: string, now: Date): DeadlineStepEvent => ({
  type: 'DeadlineEscalated',
  data: { subjectId: 'rec-1', deadlineVersion: 1, level, to, escalatedAt: now.toISOString() },
});

describe('the escalation ladder of a late record runs from when it was recorded', () => {
  it('reaches the unit head at the recording time (rung 1, 0 days), not years ago', () => spec.given([lateMark]).when(escalate(1, RECORDED)).then([escalated(1, 'unit_head', RECORDED)]));
  it('waits 14 days from the recording for rung 2, not 14 days from the due instant', () => {
    const history = [lateMark, escalated(1, 'unit_head', RECORDED)];
    spec.given(history).when(escalate(2, plus(RECORDED, 14 * DAY - 1))).thenThrows('DeadlineStepNotDue', 'conflict');
    spec.given(history).when(escalate(2, plus(RECORDED, 14 * DAY))).then([escalated(2, 'regional_secretary', plus(RECORDED, 14 * DAY))]);
  });
  it('has no overdue mark to add: the late one is the mark', () =>
    spec.given([lateMark]).when({ type: 'MarkDeadlineOverdue', data: { deadlineVersion: 1 }, actor: SYSTEM_ACTOR, now: RECORDED }).then([]));
});

describe('a reminder more than a day past its own instant is never recorded', () => {
  const live: DeadlineVersion = { version: 1, dueOn: '2026-12-10', dueAt: '2026-12-10T16:00:00.000Z', timeZone: 'WIB' };
  const liveSpec = deciderSpec<DeadlineTrack, DeadlineStepCommand, DomainEvent>({
    initialState: () => initialDeadlineTrack(live),
    evolve: (s, e) => evolveDeadlineStep(s, e as DeadlineStepEvent),
    decide: (c, s) => decideDeadlineStep(c, 'rec-2', s),
  });
  const sevenBefore = Date.parse(live.dueAt) - 7 * DAY;
  const remind = (now: number): DeadlineStepCommand => ({ type: 'SendDeadlineReminder', data: { deadlineVersion: 1, daysBefore: 7 }, actor: SYSTEM_ACTOR, now: new Date(now) });
  it('is still recorded 23h59m after its instant', () => liveSpec.given([]).when(remind(sevenBefore + 23 * 60 * MIN + 59 * MIN)).thenEvents((e) => expect(e).toHaveLength(1)));
  it('is not recorded 24h01m after it', () => liveSpec.given([]).when(remind(sevenBefore + 24 * 60 * MIN + MIN)).then([]));
});

describe('RecordDeadlineEscalation: an escalation that happened outside the system', () => {
  const officer = { id: 'officer-35', role: 'officer' as const, provinces: ['35'] };
  const record = (level: number, escalatedOn: string, note?: string): Command => ({
    type: 'RecordDeadlineEscalation',
    data: { level, escalatedOn, ...(note === undefined ? {} : { note }) },
    actor: officer,
    now: RECORDED,
    context: { ladder },
  });
  const endOf = (date: string) => new Date(Date.parse(`${date}T16:59:59.999Z`)); // last millisecond of the day in WIB

  it('is recorded with its business date, who recorded it and the note, flagged recorded', () =>
    spec.given([lateMark]).when(record(1, '2023-05-02', ' letter 12/2023 ')).then([
      {
        type: 'DeadlineEscalated',
        data: { subjectId: 'rec-1', deadlineVersion: 1, level: 1, to: 'unit_head', escalatedAt: endOf('2023-05-02').toISOString(), recorded: true, recordedBy: 'officer-35', note: 'letter 12/2023' },
        occurredAt: endOf('2023-05-02'),
      },
    ]));
  it('may be dated the day after the due date, not on it', () => {
    spec.given([lateMark]).when(record(1, '2023-04-01')).thenEvents((e) => expect(e).toHaveLength(1));
    spec.given([lateMark]).when(record(1, '2023-03-31')).thenThrows('EscalationBeforeDue', 'invalid');
  });
  it('may be dated today in the provider zone, not tomorrow', () => {
    spec.given([lateMark]).when(record(1, '2026-12-01')).thenEvents((e) => expect(e[0].occurredAt).toEqual(RECORDED));
    spec.given([lateMark]).when(record(1, '2026-12-02')).thenThrows('EscalationDateInFuture', 'invalid');
  });
  it('takes only the next rung: none skipped, none twice', () => {
    spec.given([lateMark]).when(record(2, '2023-05-02')).thenThrows('EscalationRungSkipped', 'conflict');
    spec.given([lateMark, escalated(1, 'unit_head', RECORDED)]).when(record(1, '2023-05-02')).thenThrows('EscalationAlreadyRecorded', 'conflict');
    spec.given([lateMark, escalated(1, 'unit_head', RECORDED)]).when(record(2, '2024-01-10')).thenEvents((e) => expect(e[0].data).toMatchObject({ level: 2, to: 'regional_secretary' }));
  });
  it('refuses a level that is not on the ladder', () => spec.given([lateMark]).when(record(9, '2023-05-02')).thenThrows('UnknownEscalationLevel', 'invalid'));
  it('needs the deadline marked overdue', () => spec.given([]).when(record(1, '2023-05-02')).thenThrows('DeadlineNotOverdue', 'conflict'));
  it('is where the workers continue from: the recorded rung is never done again', () =>
    spec.given([lateMark, { ...escalated(1, 'unit_head', endOf('2023-05-02')) }]).when(escalate(1, RECORDED)).then([]));
});
