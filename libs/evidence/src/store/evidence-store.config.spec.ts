import { evidenceStoreFromEnv, s3EvidenceSettings } from './evidence-store.config';
import { LocalEvidenceStore } from './local-evidence-store';
import { S3EvidenceStore } from './s3-evidence-store';

describe('evidence store settings', () => {
  it('uses ${DATA_DIR}/evidence without EVIDENCE_S3_BUCKET', () => expect(evidenceStoreFromEnv({}, '/data')).toBeInstanceOf(LocalEvidenceStore));
  it('uses S3 with EVIDENCE_S3_BUCKET', () => expect(evidenceStoreFromEnv({ EVIDENCE_S3_BUCKET: 'b' }, '/data')).toBeInstanceOf(S3EvidenceStore));
  it('defaults the region, and path style when an endpoint is given', () => {
    expect(s3EvidenceSettings({ EVIDENCE_S3_BUCKET: 'b' })).toEqual({ bucket: 'b', region: 'us-east-1', endpoint: undefined, forcePathStyle: false });
    expect(s3EvidenceSettings({ EVIDENCE_S3_BUCKET: 'b', EVIDENCE_S3_ENDPOINT: 'http://minio:9000' })).toMatchObject({ forcePathStyle: true });
    expect(s3EvidenceSettings({ EVIDENCE_S3_BUCKET: 'b', EVIDENCE_S3_ENDPOINT: 'http://minio:9000', EVIDENCE_S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({ forcePathStyle: false });
  });
  it('names the variable that cannot be used', () => {
    expect(() => s3EvidenceSettings({ EVIDENCE_S3_BUCKET: 'b', EVIDENCE_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/EVIDENCE_S3_FORCE_PATH_STYLE=yes must be true or false/);
    expect(() => s3EvidenceSettings({ EVIDENCE_S3_BUCKET: 'b', EVIDENCE_S3_ENDPOINT: 'minio:9000' })).toThrow(/EVIDENCE_S3_ENDPOINT/);
    expect(() => s3EvidenceSettings({ EVIDENCE_S3_ENDPOINT: 'http://minio:9000' })).toThrow(/need EVIDENCE_S3_BUCKET/);
  });
});
