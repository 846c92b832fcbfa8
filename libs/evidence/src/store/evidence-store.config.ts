import { join } from 'node:path';
import { APP_CONFIG, AppConfig, ConfigError } from '@app/platform/config';
import { EVIDENCE_STORE, EvidenceStore } from './evidence-store.port';
import { LocalEvidenceStore } from './local-evidence-store';
import { S3EvidenceSettings, S3EvidenceStore } from './s3-evidence-store';

type Env = Record<string, string | undefined>;

const text = (env: Env, name: string) => env[name]?.trim() || undefined;

/**
 * EVIDENCE_S3_BUCKET selects S3 (with EVIDENCE_S3_REGION, default us-east-1;
 * EVIDENCE_S3_ENDPOINT for S3-compatible services; EVIDENCE_S3_FORCE_PATH_STYLE true|false,
 * default true when an endpoint is given). Without it: null, i.e. the local directory.
 */
export function s3EvidenceSettings(env: Env = process.env): S3EvidenceSettings | null {
  const bucket = text(env, 'EVIDENCE_S3_BUCKET');
  if (!bucket) {
    const stray = ['EVIDENCE_S3_ENDPOINT', 'EVIDENCE_S3_REGION', 'EVIDENCE_S3_FORCE_PATH_STYLE'].filter((n) => text(env, n));
    if (stray.length > 0) throw new ConfigError(`${stray.join(', ')} need EVIDENCE_S3_BUCKET; set it or unset them`);
    return null;
  }
  const endpoint = text(env, 'EVIDENCE_S3_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new ConfigError(`EVIDENCE_S3_ENDPOINT=${endpoint} must be an http(s) URL`);
  const pathStyle = text(env, 'EVIDENCE_S3_FORCE_PATH_STYLE')?.toLowerCase();
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError(`EVIDENCE_S3_FORCE_PATH_STYLE=${pathStyle} must be true or false`);
  }
  return { bucket, region: text(env, 'EVIDENCE_S3_REGION') ?? 'us-east-1', endpoint, forcePathStyle: pathStyle === undefined ? !!endpoint : pathStyle === 'true' };
}

export function evidenceStoreFromEnv(env: Env, dataDir: string): EvidenceStore {
  const s3 = s3EvidenceSettings(env);
  // With S3, uploads are received on the data volume (never in memory, nor a tmpfs) until their key is known.
  return s3 ? S3EvidenceStore.fromSettings(s3, join(dataDir, 'evidence-incoming')) : new LocalEvidenceStore(join(dataDir, 'evidence'));
}

export const evidenceStoreProvider = {
  provide: EVIDENCE_STORE,
  useFactory: (config: AppConfig): EvidenceStore => evidenceStoreFromEnv(process.env, config.dataDir),
  inject: [APP_CONFIG],
};
