import { randomUUID } from 'node:crypto';
import { Actor, CalendarDate, addDays, dateInZone } from '@app/kernel';
import type { AggregateStore, CommandMeta, CommandResult } from '@app/platform/commands';
import { bundledDueRules, recommendationDecider, recommendationStream } from '@app/follow-up';
import type { RecommendationCommand } from '@app/follow-up';
import { indonesianCalendar, liaisonPaser, officerEverywhere, paser } from '@app/follow-up/testing';

/**
 * Recommendations written through the real decider and AggregateStore (the command path minus
 * HTTP): events as production writes them, quickly.
 */
export class Recommendations {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly now: () => Date,
  ) {}

  /** Paser (WITA), due at the end of `dueOn` there. */
  async issue(dueOn: CalendarDate, id = randomUUID()): Promise<string> {
    // Today where the provider is, as the decider judges issuedOn (not yet tomorrow in WIT).
    const issuedOn = [dueOn, dateInZone(this.now(), paser.timeZone)].sort()[0];
    await this.execute(id, officerEverywhere, {
      type: 'IssueRecommendation',
      data: { recommendationId: id, entityCode: paser.entityCode, kind: 'rekomendasi', source: { type: 'lahp', ref: 'LAHP/0001/test' }, title: 'Publish the service standard', issuedOn, dueOn },
      context: { provider: paser, dueRules: bundledDueRules(), calendar: indonesianCalendar },
    });
    return id;
  }

  async extend(id: string, byDays: number, currentDueOn: CalendarDate): Promise<void> {
    const requestId = randomUUID();
    await this.execute(id, liaisonPaser, { type: 'RequestDeadlineExtension', data: { requestId, proposedDueOn: addDays(currentDueOn, byDays), reason: 'Budget revision pending' } });
    await this.execute(id, officerEverywhere, { type: 'ApproveDeadlineExtension', data: { requestId, note: 'Granted' } });
  }

  /** A follow-up for the whole recommendation, verified sesuai: that closes it. */
  async verifySesuai(id: string): Promise<void> {
    const followUpId = randomUUID();
    const evidence = [{ documentId: randomUUID(), name: 'sk-standar-pelayanan.pdf', mediaType: 'application/pdf', size: 1024, sha256: 'a'.repeat(64), storageKey: `aa/${'a'.repeat(64)}` }];
    await this.execute(id, liaisonPaser, { type: 'SubmitFollowUp', data: { followUpId, itemId: null, summary: 'Published at the counter', evidence } });
    await this.execute(id, officerEverywhere, { type: 'VerifyFollowUp', data: { followUpId, verdict: 'sesuai', note: 'Seen on site' } });
  }

  close(id: string): Promise<CommandResult> {
    return this.execute(id, officerEverywhere, { type: 'CloseRecommendation', data: { reason: 'Superseded by a later LAHP' } });
  }

  private execute(id: string, actor: Actor, command: Pick<RecommendationCommand, 'type' | 'data' | 'context'>): Promise<CommandResult> {
    const commandId = randomUUID();
    const meta: CommandMeta = { commandId, correlationId: commandId, causationId: commandId, actor, issuedAt: this.now() };
    return this.aggregates.execute({
      stream: recommendationStream(id),
      id,
      decider: recommendationDecider,
      command: { ...command, actor, now: meta.issuedAt } as RecommendationCommand,
      meta,
    });
  }
}
