// Test helpers shared by every context's specs; the build excludes this folder.
export * from './memory-read-model';
export * from './http-slice-harness';
export * from './handler-slice-harness';
