import { Global, Module } from '@nestjs/common';
import { AggregateStore } from './aggregate-store';
import { CommandHttpHooks } from '../http/command-http.hooks';

/** The write path shared by every bounded context. Needs EVENT_STORE, UpcasterRegistry and CLOCK. */
@Global()
@Module({
  providers: [AggregateStore, CommandHttpHooks],
  exports: [AggregateStore],
})
export class CommandsModule {}
