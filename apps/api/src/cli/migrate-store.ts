import { parseArgs } from 'node:util';
import type { EventStore } from '@app/event-store';
import { copyLog, describeLocation, MigrationRefused, openSealedTarget, openSourceLog, verifyCopy, type SealedTarget } from '@app/event-store/migration';

const USAGE = `Copies the whole event log, in order and with its hash chains, into an empty store, then verifies it.

  npm run store:migrate -- --from data/events.db --to postgres://user:pass@db:5432/ombudsman_events
  options: --resume     continue a copy that was interrupted (the target must hold a prefix of the source)
           --page-size  events per transaction on the target (default 500)

--from: a SQLite file or a connection string; --to: postgres://… or a SQLite file.
Stop the API and the worker first: events appended to the source during the copy are not copied.
Exit code 0: copied and verified; 1: refused or a mismatch was found; 2: wrong flags.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface MigrateArgs {
  from: string;
  to: string;
  resume: boolean;
  pageSize: number;
}

/** `undefined` means help was asked for. */
export function parseMigrateArgs(argv: string[]): MigrateArgs | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        resume: { type: 'boolean', default: false },
        'page-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  if (!values.from) throw new UsageError('--from is required: a SQLite file or a connection string');
  if (!values.to) throw new UsageError('--to is required: postgres://… or a SQLite file');
  const pageSize = values['page-size'] === undefined ? 500 : Number(values['page-size']);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new UsageError(`--page-size must be a positive whole number, not "${values['page-size']}"`);
  return { from: values.from, to: values.to, resume: values.resume, pageSize };
}

/** Copies, verifies, and says what it did on `out`; resolves to the exit code. */
export async function migrateStore(args: MigrateArgs, out: (line: string) => void): Promise<number> {
  let source: EventStore | undefined;
  let target: SealedTarget | undefined;
  try {
    source = openSourceLog(args.from);
    target = await openSealedTarget(args.to);
    out(`Copying ${describeLocation(args.from)} into ${target.description}`);
    const result = await copyLog(source, target, {
      resume: args.resume,
      pageSize: args.pageSize,
      onPage: (copied, last) => out(`  copied ${copied} events (up to position ${last.toString()})`),
    });
    out(`Copied ${result.copied} events${result.kept > 0 ? `, after the ${result.kept} an earlier run had copied` : ''}.`);
    const verdict = await verifyCopy(source, target.store);
    out(`Source: ${verdict.source.events} events in ${verdict.source.streams.size} streams, digest ${verdict.source.digest}`);
    out(`Target: ${verdict.target.events} events in ${verdict.target.streams.size} streams, digest ${verdict.target.digest}`);
    if (verdict.ok) {
      out('Verified: every stream holds as many events in both stores, every hash chain holds, and both logs digest alike in order.');
      return 0;
    }
    out(`Verification FAILED (${verdict.problems.length} problems):`);
    for (const problem of verdict.problems) out(`  ${problem}`);
    return 1;
  } catch (error) {
    if (!(error instanceof MigrationRefused)) throw error;
    out(`Refused: ${error.message}`);
    return 1;
  } finally {
    await target?.close();
    await source?.close();
  }
}

async function main(): Promise<void> {
  const args = parseMigrateArgs(process.argv.slice(2));
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  process.exitCode = await migrateStore(args, (line) => process.stdout.write(`${line}\n`));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`${usage ? 'store:migrate' : 'store:migrate failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(`\n${USAGE}\n`);
    process.exit(usage ? 2 : 1);
  });
}
