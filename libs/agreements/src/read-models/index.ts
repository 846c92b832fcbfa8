export * from './agreements.keys';
export * from './agreements.projection';
export * from './agreements.queries';
export * from './agreement-views';
export * from './agreements-read.module';
export * from './agreement-list';
