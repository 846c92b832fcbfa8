import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EvidenceNotFound, EvidenceStore, StagedUpload, StoredEvidence, checkStorageKey, sha256Of, storageKeyFor, verified } from './evidence-store.port';
import { readSpooled, removeQuietly, spool, verifiedStream } from './spool';

export interface S3EvidenceSettings {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, Ceph, …); AWS when absent. */
  endpoint?: string;
  forcePathStyle: boolean;
}

/** Object keys are `evidence/<sha256 prefix>/<sha256>`, so the bucket may hold other things too. */
const KEY_PREFIX = 'evidence/';

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound');

/** Evidence in an S3(-compatible) bucket; credentials come from the SDK's usual chain (AWS_ACCESS_KEY_ID, profiles, roles). */
export class S3EvidenceStore implements EvidenceStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    /** Uploads are received here (a local disk, never memory) until their SHA-256, and so their key, is known. */
    private readonly spoolDir = join(tmpdir(), 'evidence-uploads'),
  ) {}

  static fromSettings(settings: S3EvidenceSettings, spoolDir?: string): S3EvidenceStore {
    const client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      // Many S3-compatible services reject the SDK's default extra checksums; SHA-256 is ours anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return new S3EvidenceStore(client, settings.bucket, spoolDir);
  }

  async put(content: Buffer, meta: { name: string; mediaType: string }): Promise<StoredEvidence> {
    const sha256 = sha256Of(content);
    const storageKey = storageKeyFor(sha256);
    if (!(await this.exists(storageKey))) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: KEY_PREFIX + storageKey,
          Body: content,
          ContentLength: content.length,
          ContentType: meta.mediaType,
          Metadata: { sha256 },
        }),
      );
    }
    return { storageKey, sha256, size: content.length };
  }

  async stage(source: AsyncIterable<Buffer>): Promise<StagedUpload> {
    const spooled = await spool(source, this.spoolDir);
    const storageKey = storageKeyFor(spooled.sha256);
    return {
      storageKey,
      sha256: spooled.sha256,
      size: spooled.size,
      commit: async ({ mediaType }) => {
        if (await this.exists(storageKey)) return false;
        await this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: KEY_PREFIX + storageKey,
            Body: readSpooled(spooled.path),
            ContentLength: spooled.size,
            ContentType: mediaType,
            Metadata: { sha256: spooled.sha256 },
          }),
        );
        return true;
      },
      discard: () => removeQuietly(spooled.path),
    };
  }

  async open(storageKey: string): Promise<Readable> {
    checkStorageKey(storageKey);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: KEY_PREFIX + storageKey }));
      if (!(object.Body instanceof Readable)) throw new EvidenceNotFound(`No evidence ${storageKey}`);
      return verifiedStream(object.Body, storageKey);
    } catch (error) {
      if (isNotFound(error)) throw new EvidenceNotFound(`No evidence ${storageKey}`);
      throw error;
    }
  }

  async get(storageKey: string): Promise<Buffer> {
    checkStorageKey(storageKey);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: KEY_PREFIX + storageKey }));
      if (!object.Body) throw new EvidenceNotFound(`No evidence ${storageKey}`);
      return verified(storageKey, Buffer.from(await object.Body.transformToByteArray()));
    } catch (error) {
      if (isNotFound(error)) throw new EvidenceNotFound(`No evidence ${storageKey}`);
      throw error;
    }
  }

  async exists(storageKey: string): Promise<boolean> {
    checkStorageKey(storageKey);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: KEY_PREFIX + storageKey }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** S3 answers a delete of a missing key with success, as the port asks. */
  async delete(storageKey: string): Promise<void> {
    checkStorageKey(storageKey);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: KEY_PREFIX + storageKey }));
  }
}
