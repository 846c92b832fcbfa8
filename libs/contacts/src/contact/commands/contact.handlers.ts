import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { nameBasedId } from '@app/event-store';
import { AggregateStore, type CommandMeta, type CommandResult } from '@app/platform/commands';
import { directoryDecider, type DirectoryCommand } from '../domain/directory.decider';
import { directoryId, directoryStream, loadDirectoryHome, type DirectoryTarget } from '../directory-target';
import { AddContactCommand, ChangeContactCommand, RemoveContactCommand } from './contact.commands';

/** Runs a directory command on the directory's stream, with its home (scope, units) loaded first. */
async function runOnDirectory(aggregates: AggregateStore, target: DirectoryTarget, meta: CommandMeta, id: string, command: (home: DirectoryCommand['context']) => DirectoryCommand): Promise<CommandResult> {
  const home = await loadDirectoryHome(aggregates, target, meta.actor);
  const result = await aggregates.execute({ stream: directoryStream(target), id: directoryId(target), decider: directoryDecider, command: command(home), meta });
  return { ...result, id };
}

/** A contact's id follows from the command id, so a retried request (same Idempotency-Key) adds nobody twice. */
@CommandHandler(AddContactCommand)
export class AddContactHandler implements ICommandHandler<AddContactCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ target, body, meta }: AddContactCommand): Promise<CommandResult> {
    const contactId = nameBasedId(`contact:${meta.commandId}`);
    return runOnDirectory(this.aggregates, target, meta, contactId, (context) => ({ type: 'AddContact', data: { ...body, contactId }, actor: meta.actor, now: meta.issuedAt, context }));
  }
}

@CommandHandler(ChangeContactCommand)
export class ChangeContactHandler implements ICommandHandler<ChangeContactCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ target, contactId, body, replace, meta }: ChangeContactCommand): Promise<CommandResult> {
    return runOnDirectory(this.aggregates, target, meta, contactId, (context) => ({ type: 'ChangeContact', data: { contactId, input: body, replace }, actor: meta.actor, now: meta.issuedAt, context }));
  }
}

@CommandHandler(RemoveContactCommand)
export class RemoveContactHandler implements ICommandHandler<RemoveContactCommand> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ target, contactId, reason, meta }: RemoveContactCommand): Promise<CommandResult> {
    return runOnDirectory(this.aggregates, target, meta, contactId, (context) => ({ type: 'RemoveContact', data: { contactId, reason }, actor: meta.actor, now: meta.issuedAt, context }));
  }
}
