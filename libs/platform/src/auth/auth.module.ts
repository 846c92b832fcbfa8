import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfigModule } from '../config/app-config.module';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LocalKeyStore } from './local-key-store';
import { LocalTokenMinter } from './local-token-minter';
import { TokenService } from './token.service';

/** Importing it once protects every route of the application (see JwtAuthGuard). */
@Global()
@Module({
  imports: [AppConfigModule],
  providers: [LocalKeyStore, TokenService, LocalTokenMinter, JwtAuthGuard, { provide: APP_GUARD, useExisting: JwtAuthGuard }],
  exports: [LocalKeyStore, TokenService, LocalTokenMinter, JwtAuthGuard],
})
export class AuthModule {}
