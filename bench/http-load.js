// Runs bench/http-load.worker.js (IssueRecommendation requests at a fixed concurrency) in a
// worker thread and resolves with its { latencies, seconds }. Shared by the servers bench:append
// forks: the API's command path (append-server.js) and the empty route it is bounded by
// (http-floor-server.js), so that both are driven by exactly the same client.
const { join } = require('node:path');
const { Worker } = require('node:worker_threads');

function httpLoad(workerData) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'http-load.worker.js'), { workerData });
    worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
  });
}

module.exports = { httpLoad };
