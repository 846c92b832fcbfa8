import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CADENCES, CONTACT_CHANNELS, CONTACT_LANGUAGES, CONTACT_ROLES, type Contact, type ContactCadence, type ContactChannel, type ContactLanguage, type ContactRole } from '../../directory/contact-directory.port';

export class ContactDto implements Contact {
  @ApiProperty() contactId!: string;
  @ApiProperty({ enum: CONTACT_ROLES }) role!: ContactRole;
  @ApiProperty({ type: String, nullable: true, description: 'The provider; null on the Ombudsman side' }) entityCode!: string | null;
  @ApiProperty({ description: "Two-digit province code (the provider's or the office's); `national` for ministries and agencies" }) provinceCode!: string;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() position!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'E.164' }) phone!: string | null;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: ContactChannel;
  @ApiProperty({ enum: CONTACT_CADENCES }) cadence!: ContactCadence;
  @ApiProperty({ enum: CONTACT_LANGUAGES }) language!: ContactLanguage;
  @ApiProperty({ type: String, nullable: true }) userSub!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where a contact with channel webhook is reached' }) webhookUrl!: string | null;
}

export class ContactListDto {
  @ApiProperty({ type: [ContactDto] }) items!: ContactDto[];
  @ApiProperty({ type: Number, nullable: true, description: "The directory stream's revision (also the ETag): send it as If-Match to change a contact only if nobody has since" })
  revision!: number | null;
}
