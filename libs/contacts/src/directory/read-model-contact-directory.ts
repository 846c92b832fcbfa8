import { Inject, Injectable } from '@nestjs/common';
import { ReadModelReader, type ReadModelView } from '@app/platform/projections';
import { REDIS, type RedisClient } from '@app/platform/redis';
import { CONTACTS_READ_MODEL } from '../read-model/contacts.keys';
import { ombudsmanContacts, providerContacts } from '../read-model/contacts.queries';
import type { Contact, ContactDirectory, OmbudsmanRole, ProviderRole } from './contact-directory.port';
import { pickOmbudsmanContacts, pickProviderContacts } from './directory-lookup';

/** The contacts read model has not been built yet: routing must retry, never treat it as "nobody on record". */
export class ContactDirectoryNotReady extends Error {
  constructor() {
    super('The contacts read model has not been built yet');
    this.name = 'ContactDirectoryNotReady';
  }
}

/** The directory routing asks (CONTACT_DIRECTORY), answered from the `contacts` read model in Redis. */
@Injectable()
export class ReadModelContactDirectory implements ContactDirectory {
  constructor(
    private readonly reader: ReadModelReader,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  async forProvider(entityCode: string, role: ProviderRole, unitId?: string | null): Promise<Contact[]> {
    const contacts = await providerContacts(this.redis, await this.view(), entityCode);
    return pickProviderContacts(contacts, entityCode, role, unitId);
  }

  async forOmbudsman(provinceCode: string, role: OmbudsmanRole): Promise<Contact[]> {
    const contacts = await ombudsmanContacts(this.redis, await this.view(), provinceCode);
    return pickOmbudsmanContacts(contacts, provinceCode, role);
  }

  private async view(): Promise<ReadModelView> {
    const view = await this.reader.active(CONTACTS_READ_MODEL);
    if (!view) throw new ContactDirectoryNotReady();
    return view;
  }
}
