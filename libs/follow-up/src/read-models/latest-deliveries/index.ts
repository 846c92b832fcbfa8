export * from './latest-deliveries.keys';
export * from './latest-deliveries.projection';
export * from './latest-deliveries.query';
export * from './latest-delivery.columns';
export * from './latest-delivery.response.dto';
