import type { ContactCadence, ContactChannel, ContactLanguage, ContactRole } from '../../directory/contact-directory.port';
import { CadenceField, ChannelField, EmailField, LanguageField, PhoneField, RoleField, TextField, UnitField, UserSubField, WebhookUrlField } from './contact-fields';

/** A whole contact: POST (add) and PUT (replace; left-out optional fields fall back to their defaults). */
export class ContactRequestDto {
  @RoleField()
  role!: ContactRole;

  @UnitField()
  unitId?: string;

  @TextField('Full name, with titles as the person uses them', 'Drs. Ahmad Yani, M.Si.')
  name!: string;

  @TextField('Position (jabatan)', 'Kepala DPMPTSP Kabupaten Paser')
  position!: string;

  @EmailField()
  email!: string;

  @PhoneField()
  phone?: string;

  @ChannelField()
  channel?: ContactChannel;

  @CadenceField()
  cadence?: ContactCadence;

  @LanguageField()
  language?: ContactLanguage;

  @UserSubField()
  userSub?: string;

  @WebhookUrlField()
  webhookUrl?: string;
}

/** PATCH: only the fields given change; the changed contact must still satisfy every rule. */
export class ChangeContactRequestDto {
  @RoleField(true)
  role?: ContactRole;

  @UnitField()
  unitId?: string;

  @TextField('Full name', 'Drs. Ahmad Yani, M.Si.', true)
  name?: string;

  @TextField('Position (jabatan)', 'Kepala DPMPTSP Kabupaten Paser', true)
  position?: string;

  @EmailField(true)
  email?: string;

  @PhoneField()
  phone?: string;

  @ChannelField()
  channel?: ContactChannel;

  @CadenceField()
  cadence?: ContactCadence;

  @LanguageField()
  language?: ContactLanguage;

  @UserSubField()
  userSub?: string;

  @WebhookUrlField()
  webhookUrl?: string;
}
