import { Registry, collectDefaultMetrics } from 'prom-client';

/** Nest token of this process's prom-client Registry; every module registers its metrics there. */
export const METRICS_REGISTRY = Symbol('MetricsRegistry');

/** One registry per application (not prom-client's global one), so several apps in one test process do not collide. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
