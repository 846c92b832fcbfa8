import canonicalize from 'canonicalize';
import { Command } from '@nestjs/cqrs';
import { nameBasedId } from '@app/event-store';
import {
  type FollowUpSubmittedResult,
  IssueRecommendationCommand,
  type IssueRecommendationRequestDto,
  SubmitFollowUpCommand,
  VerifyFollowUpCommand,
} from '@app/follow-up';
import { DomainError } from '@app/kernel';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import { rowCommandId } from '../validation/row-request';
import type { ImportTable } from './import-kind';
import type { ImportRecommendationRowDto } from './recommendations-row.request.dto';

/** A recommendations row: its item, and the follow-up history it brings, if any. */
export class ImportRecommendationRowCommand extends Command<CommandResult> {
  constructor(
    readonly row: ImportRecommendationRowDto,
    readonly meta: CommandMeta,
    /** The table the row is read as: its name keys the command ids. */
    readonly table: ImportTable,
  ) {
    super();
  }
}

/** Runs each single command: through the CommandBus when writing, on the dry run's handlers when checking. */
export interface RowSteps {
  issue(command: IssueRecommendationCommand): Promise<CommandResult>;
  submit(command: SubmitFollowUpCommand): Promise<FollowUpSubmittedResult>;
  verify(command: VerifyFollowUpCommand): Promise<CommandResult>;
}

/** The IssueRecommendation body of a row, exactly as a row without history columns is read. */
export function issueBody(row: ImportRecommendationRowDto): IssueRecommendationRequestDto {
  const { entityCode, unitId, kind, source, title, issuedOn, dueOn } = row;
  const body = { entityCode, unitId, kind, source: { type: source.type, ref: source.ref }, title, issuedOn, dueOn };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as unknown as IssueRecommendationRequestDto;
}

/**
 * The item's command id: the table and the item's own columns, as for a row without history
 * (rowCommandId), so the same item — alone, with a follow-up, or on a second history row —
 * is one IssueRecommendation and one recommendation id (the handler derives it from this id).
 */
export function issueCommandId(command: ImportRecommendationRowCommand): string {
  return rowCommandId(command.table, issueBody(command.row) as unknown as Record<string, unknown>);
}

/** A history step's id: the recommendation (or follow-up) it acts on and what it says, so a re-import replays it. */
const stepId = (table: string, step: string, on: string, body: object): string => nameBasedId(`import:${table}:${step}:${on}:${canonicalize(body) ?? ''}`);

/**
 * IssueRecommendation, then SubmitFollowUp (the importer on the provider's behalf), then
 * VerifyFollowUp — the commands single requests would send, in that order, each with a
 * deterministic id. The answer names the recommendation; it counts as a replay only when every
 * step was one (a re-import that adds a verification writes that verification).
 */
export async function runRecommendationRow(command: ImportRecommendationRowCommand, steps: RowSteps): Promise<CommandResult> {
  const { row, meta, table } = command;
  const issued = await steps.issue(new IssueRecommendationCommand(issueBody(row), { ...meta, commandId: issueCommandId(command) }));
  const results: CommandResult[] = [issued];
  if (row.followUp) {
    const recommendationId = issued.id;
    const followUp = row.followUp;
    const submitted = await naming('submittedOn', () =>
      steps.submit(new SubmitFollowUpCommand(recommendationId, followUp, { ...meta, commandId: stepId(table.name, 'follow-up', recommendationId, followUp) })),
    );
    results.push(submitted);
    const verification = row.verification;
    if (verification) {
      const verifyMeta = { ...meta, commandId: stepId(table.name, 'verification', submitted.followUpId, verification) };
      results.push(await naming('verdict', () => steps.verify(new VerifyFollowUpCommand(recommendationId, submitted.followUpId, verification, verifyMeta))));
    }
  }
  const last = results[results.length - 1];
  const written = results.filter((r) => !r.replayed);
  return { ...last, id: issued.id, position: (written[written.length - 1] ?? last).position, replayed: written.length === 0 };
}

/**
 * A history step refused for the state of the recommendation (already fulfilled, already
 * verified) says no field; the row report names the step's column instead of the provider's.
 * Scope refusals keep naming the provider.
 */
async function naming<T>(field: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DomainError && error.fields.length === 0 && error.kind !== 'forbidden') {
      throw new DomainError(error.kind, error.code, error.message, [{ field, message: error.message }]);
    }
    throw error;
  }
}
