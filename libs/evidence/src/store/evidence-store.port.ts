import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';

/** What the store says about bytes it holds: where they are, and what was measured from them. */
export interface StoredEvidence {
  storageKey: string;
  sha256: string;
  size: number;
}

/**
 * Where follow-up evidence lives. Content-addressed (the key is derived from the SHA-256),
 * so storing the same document twice, e.g. on a retried request, stores nothing new.
 */
export interface EvidenceStore {
  put(content: Buffer, meta: { name: string; mediaType: string }): Promise<StoredEvidence>;
  /**
   * Receives a stream (an upload) aside while measuring it: nothing is stored under a key until
   * the staged upload is committed, so a refused or failed upload leaves no document behind.
   */
  stage(source: AsyncIterable<Buffer>): Promise<StagedUpload>;
  /** The bytes, checked against their SHA-256; EvidenceNotFound or EvidenceCorrupted otherwise. */
  get(storageKey: string): Promise<Buffer>;
  /** The bytes as a stream, for downloads; EvidenceNotFound when absent, and the stream fails at its end if they no longer match their SHA-256. */
  open(storageKey: string): Promise<Readable>;
  exists(storageKey: string): Promise<boolean>;
  /** Removes the bytes (nothing when absent). Only for documents no stored event cites: see EvidenceStaging. */
  delete(storageKey: string): Promise<void>;
}

/** An upload received and measured but not stored yet (see EvidenceStore.stage). */
export interface StagedUpload extends StoredEvidence {
  /** Stores the bytes under their key; true when this created them, false when they were already stored. */
  commit(meta: { mediaType: string }): Promise<boolean>;
  /** Removes what was received aside (after commit too); never fails. */
  discard(): Promise<void>;
}

export const EVIDENCE_STORE = Symbol('EvidenceStore');

export class EvidenceNotFound extends Error {
  override name = 'EvidenceNotFound';
}

/** The bytes under a key no longer hash to it: they were altered outside the product. */
export class EvidenceCorrupted extends Error {
  override name = 'EvidenceCorrupted';
}

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** `ab/ab12…` : a two-character fan-out directory, then the full SHA-256. */
export const storageKeyFor = (sha256: string): string => `${sha256.slice(0, 2)}/${sha256}`;

const STORAGE_KEY = /^([0-9a-f]{2})\/(\1[0-9a-f]{62})$/;

/** Only keys this product made are read, so a key can never escape the store's directory. */
export function checkStorageKey(storageKey: string): string {
  const m = STORAGE_KEY.exec(storageKey);
  if (!m) throw new EvidenceNotFound(`"${storageKey}" is not an evidence storage key (expected <2 hex>/<sha256>)`);
  return m[2];
}

export function verified(storageKey: string, content: Buffer): Buffer {
  const expected = checkStorageKey(storageKey);
  if (sha256Of(content) !== expected) throw new EvidenceCorrupted(`Evidence ${storageKey} no longer matches its SHA-256`);
  return content;
}
