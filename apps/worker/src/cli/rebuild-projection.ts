// `npm run projections:rebuild -- <name>…` (or `--all`, or `--list`): rebuilds the named read
// models into fresh generations from one read of the log and swaps them in, against the store and
// Redis the environment names (the same settings as the worker). Queries and runners elsewhere
// keep going meanwhile.
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventStoreModule, eventStoreSettingsFromEnv } from '@app/event-store';
import { AppConfigModule } from '@app/platform/config';
import { ClockModule } from '@app/platform/clock';
import { ProjectionAdmin, ProjectionRegistry, ProjectionsModule, RebuildInProgress, type Projection } from '@app/platform/projections';
import { RedisModule } from '@app/platform/redis';
import { workerProjections } from '../worker-projections';

const USAGE = 'Usage: npm run projections:rebuild -- <projection name>… | --all | --list';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

@Module({})
class RebuildCliModule {
  static forRoot(projections: Projection[]): DynamicModule {
    return {
      module: RebuildCliModule,
      // The worker's settings without its runners or queues: this process only rebuilds.
      imports: [AppConfigModule, ClockModule.forRoot(), EventStoreModule.forRoot(eventStoreSettingsFromEnv()), RedisModule, ProjectionsModule.forRoot(projections, { run: false })],
    };
  }
}

/** Returns the exit code: 0 done, 1 failed, 2 usage or unknown projection. */
export async function rebuildProjectionCli(args: string[], projections: Projection[], output: CliOutput): Promise<number> {
  const [target] = args;
  const registry = new ProjectionRegistry(projections);
  const listOrAll = target === '--all' || target === '--list';
  if (!target || (listOrAll && args.length !== 1)) {
    output.err(USAGE);
    return 2;
  }
  const names = listOrAll ? registry.names() : [...new Set(args)];
  const unknown = names.find((name) => !registry.names().includes(name));
  if (unknown !== undefined) {
    output.err(`No projection named "${unknown}"; known: ${registry.names().join(', ') || '(none)'}`);
    return 2;
  }
  const app = await NestFactory.createApplicationContext(RebuildCliModule.forRoot(projections), { logger: ['warn', 'error'], abortOnError: false });
  try {
    const admin = app.get(ProjectionAdmin);
    if (target === '--list') {
      for (const s of await admin.status()) {
        const behind = `${s.eventsBehind}${s.eventsBehindCapped ? '+' : ''} events / ${s.secondsBehind.toFixed(1)} s behind`;
        output.out(`${s.name} v${s.version}: ${s.generation ?? '(not built)'} at ${s.checkpoint} of ${s.headPosition}, ${behind}`);
      }
      return 0;
    }
    output.out(`${names.join(', ')}: rebuilding from one read of the log…`);
    for (const result of await admin.rebuildAll(names)) {
      const rate = Math.round(result.events / Math.max(result.durationMs / 1000, 0.001));
      output.out(`${result.name}: ${result.events} events into ${result.generation} in ${Math.round(result.durationMs)} ms (${rate} events/s); replaced ${result.previous ?? '(nothing)'}`);
    }
    return 0;
  } catch (error) {
    output.err(error instanceof RebuildInProgress ? `${error.message}; try again when it has finished` : `Rebuild failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  rebuildProjectionCli(process.argv.slice(2), workerProjections(), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
