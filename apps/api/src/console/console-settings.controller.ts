import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor, Public } from '@app/platform/auth';
import { APP_CONFIG, type AppConfig } from '@app/platform/config';
import { ApiOperationalErrors, ApiQuery } from '@app/platform/http';

export class ConsoleSignInDto {
  @ApiProperty({ enum: ['oidc', 'token'], description: 'oidc: authorisation code with PKCE at the issuer; token: paste a token from `npm run token`' })
  mode!: 'oidc' | 'token';
  @ApiPropertyOptional({ example: 'https://sso.example.go.id/realms/ombudsman' })
  issuer?: string;
  @ApiPropertyOptional({ example: 'follow-up-console' })
  clientId?: string;
}

export class MeDto {
  @ApiProperty({ example: 'budi' })
  id!: string;
  @ApiProperty({ enum: ['officer', 'liaison', 'auditor', 'admin'] })
  role!: Actor['role'];
  @ApiPropertyOptional({ example: 'Budi Santoso' })
  name?: string;
  @ApiPropertyOptional({ type: [String], example: ['64'], description: "An officer's provinces ('*' for all)" })
  provinces?: string[];
  @ApiPropertyOptional({ example: '64.01', description: "A liaison's provider" })
  entityCode?: string;
}

/** What the console needs before and right after sign-in; the rest it reads from the API itself. */
@ApiTags('console')
@Controller('v1')
export class ConsoleSettingsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('console/sign-in')
  @ApiOperation({ summary: 'How the console signs users in (OIDC when an issuer is configured, else a pasted token)' })
  @ApiQuery({ description: 'The sign-in mode', type: ConsoleSignInDto })
  signIn(): ConsoleSignInDto {
    const { issuer, consoleClientId } = this.config.oidc;
    return issuer ? { mode: 'oidc', issuer, clientId: consoleClientId ?? 'follow-up-console' } : { mode: 'token' };
  }

  @Get('me')
  @ApiOperationalErrors()
  @ApiOperation({ summary: 'Who the token says I am: role and scope' })
  @ApiQuery({ description: 'The signed-in actor', type: MeDto })
  me(@CurrentActor() actor: Actor): MeDto {
    return { id: actor.id, role: actor.role, name: actor.name, provinces: actor.provinces ? [...actor.provinces] : undefined, entityCode: actor.entityCode };
  }
}
