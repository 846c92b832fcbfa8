export * from '../read-models/read-query/testing/memory-read-model';
