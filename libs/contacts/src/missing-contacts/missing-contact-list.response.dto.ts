import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_ROLES, type ContactRole } from '../directory/contact-directory.port';
import type { MissingContact } from './missing-contacts';

export class MissingContactDto implements MissingContact {
  @ApiProperty({ type: String, nullable: true, description: "The provider; null for a province's Ombudsman office" }) entityCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) entityName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Two-digit province code; null for ministries and agencies' }) provinceCode!: string | null;
  @ApiProperty({ enum: CONTACT_ROLES }) role!: ContactRole;
  @ApiProperty({ type: String, nullable: true, description: 'The unit whose head is missing' }) unitId!: string | null;
  @ApiProperty({ description: 'Open recommendations and obligations of the provider (of the province, for an office)' }) openItems!: number;
}

export class MissingContactList {
  @ApiProperty({ type: [MissingContactDto] }) items!: MissingContactDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass back as cursor for the next page' }) nextCursor!: string | null;
}
