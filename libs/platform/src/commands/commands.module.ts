import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AggregateStore } from './aggregate-store';
import { CommandHttpInterceptor } from '../http/command-http.interceptor';

/** The write path shared by every bounded context. Needs EVENT_STORE, UpcasterRegistry and CLOCK. */
@Global()
@Module({
  providers: [AggregateStore, { provide: APP_INTERCEPTOR, useClass: CommandHttpInterceptor }],
  exports: [AggregateStore],
})
export class CommandsModule {}
