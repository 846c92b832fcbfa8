// One measurement of bench:append's command path, forked by bench/append.bench.ts: the API as
// `npm start` runs it, from the compiled build (dist/), in a fresh process. Under ts-node the
// server's heap held the TypeScript compiler and every transpiled file with its source map
// (~300 MB against ~100 MB compiled), and each scavenge then took 6-7 ms instead of ~1: the
// figures were ts-node's, not the API's. Plain JS, so that nothing compiles it at run time.
//
//   argv: <data dir> <sqlite path | postgres connection string> <commands> <concurrency> [<cpu profile file>]
const { writeFileSync } = require('node:fs');
const { Session } = require('node:inspector/promises');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const { createApiApp } = require(join(DIST, 'apps/api/src/bootstrap'));
const { createEventStore, isPostgresConnectionString } = require(join(DIST, 'libs/event-store/src'));
const { LocalTokenMinter } = require(join(DIST, 'libs/platform/src/auth'));
const { httpLoad: load } = require('./http-load');

/** The V8 sampling profiler on this thread (the server's), around `work` only. */
async function profiled(file, work) {
  if (!file) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

async function main() {
  const [dir, log, commands, concurrency, profile] = process.argv.slice(2);
  process.env.DATA_DIR = dir;
  const store = createEventStore({ connectionString: isPostgresConnectionString(log) ? log : undefined, sqlitePath: log });
  // The command path alone (runWorkers: false): projections and deadline workers run elsewhere.
  const app = await createApiApp({ eventStore: store, logger: false, runWorkers: false });
  try {
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const token = await app.get(LocalTokenMinter).mint({ sub: 'bench-admin', role: 'admin' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // A prefilled history may already hold the province and the regency: 409 is as good as 201 then.
    const ensure = async (url, body) => {
      const res = await fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
      if (res.status >= 300 && res.status !== 409) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
    };
    await ensure('/v1/entities', { code: '64', name: 'Provinsi Kalimantan Timur', kind: 'provinsi', timezone: 'WITA' });
    await ensure('/v1/entities', { code: '64.01', name: 'Kabupaten Paser', kind: 'kabupaten', parentCode: '64', timezone: 'WITA' });
    await ensure('/v1/entities/64.01/units', { unitId: 'dpmptsp', name: 'DPMPTSP' });

    const c = Number(concurrency);
    await load({ url: base, token, total: 300, concurrency: c, offset: 1_000_000 }); // warm-up: JIT, sockets, SQLite cache
    // The parent computes the figures (bench/stats.ts), as for every other bench.
    process.send(await profiled(profile, () => load({ url: base, token, total: Number(commands), concurrency: c, offset: 0 })));
  } finally {
    await app.close();
    await store.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
