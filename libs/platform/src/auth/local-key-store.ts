import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** Issuer of tokens signed by the embedded key. */
export const LOCAL_ISSUER = 'ombudsman-follow-up-local';
export const LOCAL_ALGORITHM = 'EdDSA';

const PRIVATE_FILE = 'jwt-ed25519-private.pem';
const PUBLIC_FILE = 'jwt-ed25519-public.pem';

export interface LocalKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The embedded-mode Ed25519 key pair under `<dataDir>/keys/`, created on first use.
 * The server and the token CLI share it, so either may be the one that creates it.
 */
@Injectable()
export class LocalKeyStore {
  private pair?: LocalKeyPair;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get directory(): string {
    return join(this.config.dataDir, 'keys');
  }

  keyPair(): LocalKeyPair {
    this.pair ??= this.loadOrCreate();
    return this.pair;
  }

  private loadOrCreate(): LocalKeyPair {
    const dir = this.directory;
    const privatePath = join(dir, PRIVATE_FILE);
    const publicPath = join(dir, PUBLIC_FILE);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!existsSync(privatePath)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      publishOnce(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
    }
    const privateKey = createPrivateKey(readFileSync(privatePath));
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error(`${privatePath} is not an Ed25519 private key; remove it to have a new one created`);
    }
    if (!existsSync(publicPath)) {
      publishOnce(publicPath, derivedPublic(privateKey).export({ type: 'spki', format: 'pem' }).toString(), 0o644);
    }
    const publicKey = createPublicKey(readFileSync(publicPath));
    if (!derivedPublic(privateKey).equals(publicKey)) {
      // Otherwise every token would fail verification with nothing pointing at the cause.
      throw new Error(`${publicPath} does not belong to ${privatePath}; remove both to have a new pair created`);
    }
    return { privateKey, publicKey };
  }
}

function derivedPublic(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}

/**
 * Writes a file so that nobody ever reads it half-written, and a concurrent creator's file
 * wins if it got there first: write a private temporary file, then hard-link it into place
 * (link fails when the target exists, unlike rename).
 */
function publishOnce(path: string, content: string, mode: number): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, content, { mode, flag: 'wx' });
  // The umask may have narrowed the mode; the private key must be exactly 0600.
  chmodSync(temporary, mode);
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}
