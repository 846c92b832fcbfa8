import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@app/platform/http';
import { ReadModelReader, decodeReply } from '@app/platform/projections';
import { REDIS, type RedisClient } from '@app/platform/redis';
import { CITED_DOCUMENTS_READ_MODEL, citedDocumentKeys as K } from './cited-documents.projection';
import type { DocumentSource, LocatedDocument } from './document-locator';

/** Documents cited inline by follow-ups and fulfilments, through the cited-documents read model. */
@Injectable()
export class CitedDocumentsIndex implements DocumentSource {
  constructor(
    private readonly reader: ReadModelReader,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  async find(documentId: string): Promise<LocatedDocument | null> {
    const view = await this.reader.active(CITED_DOCUMENTS_READ_MODEL);
    if (!view) {
      throw new ProblemException({ status: HttpStatus.SERVICE_UNAVAILABLE, code: 'ReadModelNotReady', detail: `The ${CITED_DOCUMENTS_READ_MODEL} read model has not been built yet; retry shortly`, headers: { 'Retry-After': '1' } });
    }
    const doc = decodeReply(await this.redis.hgetall(view.key(K.document(documentId)))) as Record<string, string>;
    if (!doc.stream) return null;
    const owner = decodeReply(await this.redis.hgetall(view.key(K.owner(doc.stream)))) as Record<string, string>;
    if (!owner.entityCode) return null;
    return {
      documentId,
      entityCode: owner.entityCode,
      provinceCode: owner.provinceCode || null,
      name: doc.name,
      mediaType: doc.mediaType,
      size: Number(doc.size),
      sha256: doc.sha256,
      storageKey: doc.storageKey,
    };
  }
}
