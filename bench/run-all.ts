/**
 * `npm run bench` — every benchmark, one after another (each needs the machine to itself), with
 * its own report as it runs, then one summary table: each figure, the raw baseline measured in
 * the same run, the ratio and the target. A bench that fails is reported in the table and makes
 * the command exit non-zero; the others still run.
 *
 *   npm run bench -- [--quick] [--only append,deadlines]   (--only also sets the order)
 * --quick runs every bench at a size that finishes in a few minutes in all (for checking that they
 * work, not for figures).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SUMMARY_MARK, type SummaryRow } from './summary';
import { fmt } from './stats';

interface BenchRun {
  name: string;
  script: string;
  full: string[];
  quick: string[];
  env?: Record<string, string>;
}

const BENCHES: BenchRun[] = [
  { name: 'start', script: 'bench:start', full: ['--runs', '3'], quick: ['--runs', '1'] },
  { name: 'append', script: 'bench:append', full: [], quick: ['--commands', '1000', '--stored', '100000', '--rounds', '1'] },
  // The same benches with the log in PostgreSQL (a private database on --server / POSTGRES_BENCH_URL).
  { name: 'append-postgres', script: 'bench:append', full: ['--store', 'postgres'], quick: ['--store', 'postgres', '--commands', '1000', '--stored', '20000', '--rounds', '1'] },
  { name: 'projections', script: 'bench:projections', full: [], quick: ['--events', '100000', '--runs', '50'] },
  { name: 'projections-postgres', script: 'bench:projections', full: ['--store', 'postgres'], quick: ['--store', 'postgres', '--events', '20000', '--runs', '50'] },
  { name: 'deadlines', script: 'bench:deadlines', full: [], quick: ['--count', '10000', '--lag-deadlines', '500', '--lag-seconds', '5'] },
  { name: 'routing', script: 'bench:deadlines', full: ['--count', '100000', '--budget-seconds', '1500'], quick: ['--count', '3000', '--lead-seconds', '30'], env: { BENCH_ROUTING: '1' } },
  { name: 'import', script: 'bench:import', full: [], quick: [], env: { IMPORT_BENCH_ROWS: '2000' } },
  { name: 'console', script: 'bench:console', full: [], quick: ['--events', '50000', '--runs', '3'] },
  { name: 'postgres', script: 'bench:postgres', full: [], quick: ['--appends', '500'] },
];

interface Outcome {
  name: string;
  rows: SummaryRow[];
  error?: string;
  seconds: number;
}

function run(bench: BenchRun, quick: boolean): Promise<Outcome> {
  const started = Date.now();
  const args = ['run', '-s', bench.script, '--', ...(quick ? bench.quick : bench.full)];
  console.log(`\n=== ${bench.name}: npm ${args.join(' ')}${bench.env ? ` (${Object.entries(bench.env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`);
  return new Promise((resolve) => {
    const child = spawn('npm', args, { cwd: join(__dirname, '..'), env: { ...process.env, ...bench.env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const rows: SummaryRow[] = [];
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(SUMMARY_MARK)) rows.push(...(JSON.parse(line.slice(SUMMARY_MARK.length)) as { rows: SummaryRow[] }).rows);
        else console.log(line);
      }
    });
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const error = code === 0 ? (rows.length === 0 ? 'printed no summary' : undefined) : `exited with ${code}`;
      resolve({ name: bench.name, rows, error, seconds });
    });
  });
}

const number = (value: number): string => fmt(value, Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);

function table(outcomes: Outcome[]): string {
  const header = ['bench', 'figure', 'value', 'raw baseline', 'ratio', 'target', 'met'];
  const body: string[][] = [];
  for (const outcome of outcomes) {
    if (outcome.error) body.push([outcome.name, `FAILED: ${outcome.error}`, '', '', '', '', 'no']);
    for (const row of outcome.rows) {
      body.push([
        outcome.name,
        row.figure,
        `${number(row.value)} ${row.unit}`,
        row.baseline ? `${number(row.baseline.value)} ${row.baseline.unit} (${row.baseline.label})` : '–',
        row.ratio === undefined ? '–' : fmt(row.ratio, 3),
        row.target ?? '–',
        row.met === undefined ? '–' : row.met ? 'yes' : 'NO',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const onlyAt = process.argv.indexOf('--only');
  // --only also sets the order: the longest last, say, so a run cut short still reports the rest.
  const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(',') : null;
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no bench named ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})`);
  const selected = only ? only.map((name) => BENCHES.find((b) => b.name === name) as BenchRun) : BENCHES;
  const outcomes: Outcome[] = [];
  for (const bench of selected) outcomes.push(await run(bench, quick));
  console.log(`\nSummary (${quick ? 'quick sizes: checks, not figures' : 'full sizes'}; ${outcomes.map((o) => `${o.name} ${fmt(o.seconds, 0)} s`).join(', ')})\n`);
  console.log(table(outcomes));
  if (outcomes.some((o) => o.error)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
