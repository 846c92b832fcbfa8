export * from './upcaster';
export * from './upcaster-registry';
export * from './upcasting-event-store';
