export * from './recommendation.fixtures';
