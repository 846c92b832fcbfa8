export * from './reports.module';
export * from './provider-report';
