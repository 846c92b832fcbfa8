/** Nest token of the ImportLimits in use (importLimitsFromEnv unless a test hands its own). */
export const IMPORT_LIMITS = Symbol('ImportLimits');
