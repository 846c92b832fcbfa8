// Load generator for bench:append, run in a worker thread so the client's CPU does not
// compete with the server's event loop. Plain JS: it needs no compilation.
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');

const { url, token, total, concurrency, offset } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL('/v1/recommendations', url);

function issue(i) {
  const body = JSON.stringify({
    entityCode: '64.01',
    unitId: 'dpmptsp',
    kind: 'tindakan_korektif',
    source: { type: 'lahp', ref: `LAHP-${offset + i}/ORI-KALTIM/2026` },
    title: `Tindakan korektif atas laporan masyarakat #${offset + i}`,
    issuedOn: '2026-01-15', // due date derived: 30 working days in WITA
  });
  return new Promise((resolve, reject) => {
    const req = http.request(target, {
      method: 'POST',
      agent,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`${res.statusCode}: ${Buffer.concat(chunks)}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const latencies = new Array(total);
  let next = 0;
  const lane = async () => {
    while (next < total) {
      const i = next++;
      const started = process.hrtime.bigint();
      await issue(i);
      latencies[i] = Number(process.hrtime.bigint() - started) / 1e6;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  parentPort.postMessage({ latencies, seconds });
}

main().catch((error) => parentPort.postMessage({ error: String(error) }));
