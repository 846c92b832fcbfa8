export * from './follow-up-items.keys';
export * from './recommendations.projection';
export * from './follow-up-item.view';
export * from './follow-up-items.query';
export * from './follow-up-queues';
export * from './item-facts';
export * from './follow-up-read.module';
export * from './latest-deliveries';
