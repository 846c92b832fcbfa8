import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsOptionalField, IsSingleLineText } from '@app/platform/http';
import { CONTACT_CADENCES, CONTACT_CHANNELS, CONTACT_LANGUAGES, CONTACT_ROLES } from '../../directory/contact-directory.port';
import { CONTACT_TEXT_MAX, EMAIL_FORMAT, EMAIL_MAX, PHONE_FORMAT, WEBHOOK_URL_FORMAT, WEBHOOK_URL_MAX } from '../domain/contact-rules';

/**
 * Each contact field's request rules in one place, used by the full body (POST, PUT), the
 * partial one (PATCH) and import rows. `optional` fields may be left out, never sent as null.
 */
const optionalIf = (optional: boolean): PropertyDecorator[] => (optional ? [IsOptionalField()] : []);
const documented = (optional: boolean, doc: Parameters<typeof ApiProperty>[0]): PropertyDecorator => (optional ? ApiPropertyOptional(doc) : ApiProperty(doc));

export const RoleField = (optional = false) =>
  applyDecorators(
    documented(optional, { description: 'Provider side: liaison, unit_head, regional_secretary (Sekda), head_of_region; Ombudsman side (per province): ombudsman_officer, ombudsman_leadership', enum: CONTACT_ROLES, example: 'unit_head' }),
    ...optionalIf(optional),
    IsIn(CONTACT_ROLES),
  );

export const UnitField = () =>
  applyDecorators(
    ApiPropertyOptional({ description: "A registered unit of the provider: required for unit_head, allowed for a unit's own liaison", example: 'dpmptsp', maxLength: 64 }),
    IsOptionalField(),
    IsString(),
    IsSingleLineText(),
    IsNotEmpty(),
    MaxLength(64),
  );

export const TextField = (description: string, example: string, optional = false) =>
  applyDecorators(documented(optional, { description, example, maxLength: CONTACT_TEXT_MAX }), ...optionalIf(optional), IsString(), IsSingleLineText(), IsNotEmpty(), MaxLength(CONTACT_TEXT_MAX));

export const EmailField = (optional = false) =>
  applyDecorators(
    documented(optional, { description: EMAIL_FORMAT, example: 'kepala.dpmptsp@paserkab.go.id', maxLength: EMAIL_MAX, format: 'email' }),
    ...optionalIf(optional),
    IsString(),
    IsSingleLineText(),
    MaxLength(EMAIL_MAX),
    IsEmail({}, { message: `email must be ${EMAIL_FORMAT}` }),
  );

export const PhoneField = () =>
  applyDecorators(
    ApiPropertyOptional({ description: `Stored as E.164 (+62…): ${PHONE_FORMAT}`, example: '0812-3456-7890', maxLength: 30 }),
    IsOptionalField(),
    IsString(),
    IsSingleLineText(),
    IsNotEmpty(),
    MaxLength(30),
  );

const choice = (allowed: readonly string[], description: string, fallback: string) =>
  applyDecorators(ApiPropertyOptional({ description: `${description} (default ${fallback})`, enum: allowed, example: fallback }), IsOptionalField(), IsIn(allowed));

export const ChannelField = () => choice(CONTACT_CHANNELS, 'How the contact wants to be reached: webhook needs webhookUrl', 'email');

export const WebhookUrlField = () =>
  applyDecorators(
    ApiPropertyOptional({ description: `Required with channel webhook: each step is POSTed there, signed like the integration feed (X-Ombudsman-Signature). ${WEBHOOK_URL_FORMAT}`, example: 'https://sipp.paserkab.go.id/hooks/ombudsman', maxLength: WEBHOOK_URL_MAX, format: 'uri' }),
    IsOptionalField(),
    IsString(),
    IsSingleLineText(),
    IsNotEmpty(),
    MaxLength(WEBHOOK_URL_MAX),
  );
export const CadenceField = () => choice(CONTACT_CADENCES, 'each: one message per step; digest: one e-mail a day listing the day’s steps', 'each');
export const LanguageField = () => choice(CONTACT_LANGUAGES, 'Language of the messages: Bahasa Indonesia or English', 'id');

export const UserSubField = () =>
  applyDecorators(
    ApiPropertyOptional({ description: "The signed-in user (token `sub`) this contact is, for the in-app inbox", example: 'siti', maxLength: CONTACT_TEXT_MAX }),
    IsOptionalField(),
    IsString(),
    IsSingleLineText(),
    IsNotEmpty(),
    MaxLength(CONTACT_TEXT_MAX),
  );
