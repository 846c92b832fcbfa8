import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { HOLIDAY_CALENDAR, type HolidayCalendar } from '@app/calendar';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { EVIDENCE_STORE, type EvidenceStore, UploadedDocuments } from '@app/evidence';
import { DUE_RULES, type DueRules, IssueRecommendationHandler, SubmitFollowUpHandler, VerifyFollowUpHandler } from '@app/follow-up';
import type { CommandResult } from '@app/platform/commands';
import type { DryRunDeps } from './import-kind';
import { ImportRecommendationRowCommand, type RowSteps, issueCommandId, runRecommendationRow } from './recommendations-row.command';

/**
 * Writes a recommendations row through the CommandBus, step by step. Rows of one item (its
 * history lines) run one after another in file order, while rows of different items still
 * overlap (the table's independentRows): a second follow-up never overtakes the first, nor a
 * follow-up the issue it belongs to.
 */
@CommandHandler(ImportRecommendationRowCommand)
export class ImportRecommendationRowHandler implements ICommandHandler<ImportRecommendationRowCommand, CommandResult> {
  /** The last row of each item still running, by the item's command id. */
  private readonly running = new Map<string, Promise<unknown>>();

  constructor(private readonly commands: CommandBus) {}

  execute(command: ImportRecommendationRowCommand): Promise<CommandResult> {
    const steps: RowSteps = {
      issue: (c) => this.commands.execute(c),
      submit: (c) => this.commands.execute(c),
      verify: (c) => this.commands.execute(c),
    };
    // Queued at once (no await before), so rows of one item start in the order they were sent.
    const item = issueCommandId(command);
    const before = this.running.get(item) ?? Promise.resolve();
    const result = before.then(() => runRecommendationRow(command, steps));
    const settled = result.catch(() => undefined);
    this.running.set(item, settled);
    void settled.then(() => {
      if (this.running.get(item) === settled) this.running.delete(item);
    });
    return result;
  }
}

/**
 * The same steps on a dry run's AggregateStore: the real handlers, so the whole chain is judged
 * as requests would be (scope, the provider's uploads, dates in order, not in the future).
 * SubmitFollowUp gets the real event store only to collect inline bytes after a failed append;
 * an import cites uploads by documentId and never sends any, so nothing is stored or read there.
 */
export function dryRecommendationRowHandler({ aggregates, get }: DryRunDeps): ICommandHandler<ImportRecommendationRowCommand, CommandResult> {
  const issue = new IssueRecommendationHandler(aggregates, get<DueRules>(DUE_RULES), get<HolidayCalendar>(HOLIDAY_CALENDAR));
  // Built at the first history line: a file of items alone needs nothing of the evidence store.
  let submit: SubmitFollowUpHandler | undefined;
  const submitter = () => (submit ??= new SubmitFollowUpHandler(aggregates, get<EvidenceStore>(EVIDENCE_STORE), get<EventStore>(EVENT_STORE), new UploadedDocuments(aggregates)));
  const verify = new VerifyFollowUpHandler(aggregates);
  const steps: RowSteps = { issue: (c) => issue.execute(c), submit: (c) => submitter().execute(c), verify: (c) => verify.execute(c) };
  return { execute: (command) => runRecommendationRow(command, steps) };
}
