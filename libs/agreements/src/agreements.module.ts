import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AmendMouHandler } from './mou/commands/amend-mou/amend-mou.handler';
import { AmendMouHttpController } from './mou/commands/amend-mou/amend-mou.http.controller';
import { SignMouHandler } from './mou/commands/sign-mou/sign-mou.handler';
import { SignMouHttpController } from './mou/commands/sign-mou/sign-mou.http.controller';
import { TerminateMouHandler } from './mou/commands/terminate-mou/terminate-mou.handler';
import { TerminateMouHttpController } from './mou/commands/terminate-mou/terminate-mou.http.controller';
import { GetMouHandler } from './mou/queries/get-mou/get-mou.handler';
import { GetMouHttpController } from './mou/queries/get-mou/get-mou.http.controller';
import { DraftPksHandler } from './pks/commands/draft-pks/draft-pks.handler';
import { DraftPksHttpController } from './pks/commands/draft-pks/draft-pks.http.controller';
import { FinalizePksHandler } from './pks/commands/finalize-pks/finalize-pks.handler';
import { FinalizePksHttpController } from './pks/commands/finalize-pks/finalize-pks.http.controller';
import { SignPksHandler } from './pks/commands/sign-pks/sign-pks.handler';
import { SignPksHttpController } from './pks/commands/sign-pks/sign-pks.http.controller';
import { TerminatePksHandler } from './pks/commands/terminate-pks/terminate-pks.handler';
import { TerminatePksHttpController } from './pks/commands/terminate-pks/terminate-pks.http.controller';
import { GetPksHandler } from './pks/queries/get-pks/get-pks.handler';
import { GetPksHttpController } from './pks/queries/get-pks/get-pks.http.controller';

/** MoUs and the PKS implementing them. Needs CommandsModule (AggregateStore) and CLOCK. */
@Module({
  imports: [CqrsModule],
  controllers: [
    SignMouHttpController,
    AmendMouHttpController,
    TerminateMouHttpController,
    GetMouHttpController,
    DraftPksHttpController,
    FinalizePksHttpController,
    SignPksHttpController,
    TerminatePksHttpController,
    GetPksHttpController,
  ],
  providers: [
    SignMouHandler,
    AmendMouHandler,
    TerminateMouHandler,
    GetMouHandler,
    DraftPksHandler,
    FinalizePksHandler,
    SignPksHandler,
    TerminatePksHandler,
    GetPksHandler,
  ],
})
export class AgreementsModule {}
