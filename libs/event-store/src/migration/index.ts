export { copyLog, type CopyOptions, type CopyResult } from './copy-log';
export { summarizeLog, eventFingerprint, type ChainBreak, type LogSummary } from './log-summary';
export { verifyCopy, type CopyVerdict } from './verify-copy';
export { MigrationRefused, type SealedTarget } from './sealed-target';
export { PostgresSealedTarget } from './postgres-target';
export { SqliteSealedTarget } from './sqlite-target';
export { describeLocation, openSealedTarget, openSourceLog } from './open-log';
