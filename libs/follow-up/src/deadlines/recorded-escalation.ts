import { CalendarDate, DomainCommand, businessInstant, conflict, dateInZone, invalid, isCalendarDate } from '@app/kernel';
import type { EscalationLadder } from './deadline-ladder';
import type { DeadlineEscalated, DeadlineTrack } from './deadline-steps';

/**
 * An escalation that really happened outside the system (a letter to the regional secretary in
 * 2024), recorded with its date by an officer or admin. The aggregate checks who may; this checks
 * the ladder: the next rung (none skipped, none twice), dated after
 * the due date and not in the future. The workers then continue from that rung, never re-doing it.
 */
export type RecordDeadlineEscalation = DomainCommand<
  'RecordDeadlineEscalation',
  { level: number; escalatedOn: CalendarDate; note?: string },
  { ladder: EscalationLadder }
>;

export function decideRecordedEscalation(command: RecordDeadlineEscalation, subjectId: string, track: DeadlineTrack): DeadlineEscalated[] {
  const { level, escalatedOn } = command.data;
  const ladder = command.context?.ladder;
  if (!ladder) throw new Error('RecordDeadlineEscalation: the handler must pass the escalation ladder as context.ladder');
  const rung = ladder.find((r) => r.level === level);
  if (!rung) {
    throw invalid('UnknownEscalationLevel', `level ${level} is not on the escalation ladder`, [
      { field: 'level', message: 'not on the ladder', allowed: ladder.map((r) => r.level) },
    ]);
  }
  const { deadline } = track;
  const today = dateInZone(command.now, deadline.timeZone);
  if (!isCalendarDate(escalatedOn) || escalatedOn > today) {
    throw invalid('EscalationDateInFuture', `escalatedOn ${escalatedOn} is after today (${today} in ${deadline.timeZone})`, [
      { field: 'escalatedOn', message: 'in the future', allowed: `YYYY-MM-DD after ${deadline.dueOn}, up to ${today}` },
    ]);
  }
  // Overdue begins at the end of dueOn: an escalation dated on or before it escalated nothing.
  if (escalatedOn <= deadline.dueOn) {
    throw invalid('EscalationBeforeDue', `escalatedOn ${escalatedOn} is not after the due date ${deadline.dueOn}`, [
      { field: 'escalatedOn', message: 'not after the due date', allowed: `YYYY-MM-DD after ${deadline.dueOn}, up to ${today}` },
    ]);
  }
  if (track.overdueVersion !== deadline.version) {
    throw conflict('DeadlineNotOverdue', `Deadline version ${deadline.version} (due ${deadline.dueOn}) is not marked overdue yet; an escalation can be recorded once it is`);
  }
  if (level <= track.escalationLevel) {
    throw conflict('EscalationAlreadyRecorded', `Escalation level ${level} was already reached for deadline version ${deadline.version} (now at level ${track.escalationLevel})`);
  }
  if (level > track.escalationLevel + 1) {
    throw conflict('EscalationRungSkipped', `level ${level} is above the next rung ${track.escalationLevel + 1}: record level ${track.escalationLevel + 1} first`);
  }
  const escalatedAt = businessInstant(escalatedOn, deadline.timeZone, command.now);
  const note = command.data.note?.trim();
  return [
    {
      type: 'DeadlineEscalated',
      data: {
        subjectId,
        deadlineVersion: deadline.version,
        level,
        to: rung.to,
        escalatedAt: escalatedAt.toISOString(),
        recorded: true,
        recordedBy: command.actor.id,
        ...(note ? { note } : {}),
      },
      occurredAt: escalatedAt,
    },
  ];
}
