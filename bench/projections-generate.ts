/**
 * Child process of bench:projections: writes the generated history, so that the parent's
 * memory figures are the read side's alone. Usage: projections-generate.ts <sqlite path> <events>
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benchHistory, logOrder, writeLog } from './projections-log';

export interface Generated {
  events: number;
  recommendations: number;
  providers: number;
  seconds: number;
  bytes: number;
  peakRss: number;
}

const [path, count] = process.argv.slice(2);
const started = performance.now();
let peakRss = 0;
const history = benchHistory();
const { keys, plans } = logOrder(history, Number(count));
writeLog(path, history, keys, (n) => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (n % 200_000 === 0) console.log(`  ${n.toLocaleString('en-US')} written`);
});
const generated: Generated = {
  events: keys.length,
  recommendations: plans - history.plans,
  providers: history.providers.length,
  seconds: (performance.now() - started) / 1000,
  bytes: statSync(path).size,
  peakRss,
};
process.send?.(generated);
