import { Command } from '@nestjs/cqrs';
import type { CommandMeta, CommandResult } from '@app/platform/commands';
import type { ContactInput } from '../domain/directory.decider';
import type { DirectoryTarget } from '../directory-target';

export class AddContactCommand extends Command<CommandResult> {
  constructor(
    readonly target: DirectoryTarget,
    readonly body: ContactInput,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

/** `replace`: PUT (the body is the whole contact); else PATCH (only the fields given). */
export class ChangeContactCommand extends Command<CommandResult> {
  constructor(
    readonly target: DirectoryTarget,
    readonly contactId: string,
    readonly body: Partial<ContactInput>,
    readonly replace: boolean,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

export class RemoveContactCommand extends Command<CommandResult> {
  constructor(
    readonly target: DirectoryTarget,
    readonly contactId: string,
    readonly reason: string,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}
