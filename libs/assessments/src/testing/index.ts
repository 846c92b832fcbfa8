export * from './slice-harness';
